package org.locus.platform.internal.overview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.Load;
import org.locus.platform.api.overview.OverdueTask;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewPage;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewRow;
import org.locus.platform.api.overview.OverviewTask;
import org.locus.platform.api.overview.Workload;

/**
 * Reads the overview from {@code engagement_overview} and the tasklist's tables: a page is one indexed
 * query for the rows, one for the total (counted up to {@code locus.tasklist.countStep} past the page, as
 * the tasklist counts), and one for the open tasks of all the page's engagements. "Now" is the injected
 * clock's, which follows the engine's, so a test that moves the engine's clock sees tasks fall overdue.
 */
@ApplicationScoped
public class OverviewQueries implements EngagementOverview {

    private static final String COLUMNS = "o.engagement_id, o.reference, o.place_name, o.stage, o.status, o.lead_id,"
            + " o.sponsors_missing, o.opened_at, o.ended_at, o.suspended, o.open_incidents";

    private final DataSource dataSource;
    private final Clock clock;
    private final int countStep;

    /** For the CDI proxy only. */
    protected OverviewQueries() {
        this.dataSource = null;
        this.clock = null;
        this.countStep = 1;
    }

    @Inject
    OverviewQueries(DataSource dataSource, Clock clock,
                    @ConfigProperty(name = "locus.tasklist.countStep", defaultValue = "1000") int countStep) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.countStep = Math.max(1, countStep);
    }

    @Override
    public OverviewPage find(OverviewQuery query) {
        Instant now = clock.instant();
        OverviewFilter filter = OverviewFilter.of(query, now);
        long countLimit = ((long) query.first() + query.size()) / countStep * countStep + countStep;
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from (select 1 as one"
                    + " from engagement_overview o" + filter.where() + " fetch first ? rows only) counted")) {
                int index = bind(count, filter.params());
                count.setLong(++index, countLimit + 1);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                    + " from engagement_overview o" + filter.where() + " order by " + OverviewFilter.order(query.sort())
                    + " offset ? rows fetch next ? rows only")) {
                int index = bind(select, filter.params());
                select.setInt(++index, query.first());
                select.setInt(++index, query.size());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8),
                                rs.getTimestamp(9), rs.getBoolean(10), rs.getInt(11)});
                    }
                }
            }
            Map<String, List<OverviewTask>> tasks = openTasks(connection, rows.stream().map(r -> (String) r[0]).toList(), now);
            List<OverviewRow> page = rows.stream().map(r -> row(r, tasks.getOrDefault((String) r[0], List.of()), now)).toList();
            boolean exact = total <= countLimit;
            return new OverviewPage(page, exact ? total : countLimit, exact, query.first(), query.size());
        } catch (SQLException e) {
            throw new OverviewException("Cannot read the overview", e);
        }
    }

    @Override
    public Workload workload(int overdueLimit) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            List<Load> people = loads(connection, "select assignee, count(*), sum(case when due_at < ? then 1 else 0 end)"
                    + " from tasklist_task where assignee is not null group by assignee order by assignee", now);
            List<Load> groups = loads(connection, "select group_id, count(*), sum(case when due_at < ? then 1 else 0 end)"
                    + " from tasklist_offer group by group_id order by group_id", now);
            List<OverdueTask> overdue = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select t.task_id, t.task_name, t.business_key,"
                    + " o.reference, o.place_name, t.assignee, t.due_at from tasklist_task t"
                    + " left join engagement_overview o on o.engagement_id = t.business_key"
                    + " where t.due_at < ? order by t.due_at, t.task_id fetch first ? rows only")) {
                select.setTimestamp(1, now);
                select.setInt(2, Math.max(1, overdueLimit));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Instant due = rs.getTimestamp(7).toInstant();
                        overdue.add(new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), due, wholeDays(due, now.toInstant())));
                    }
                }
            }
            return new Workload(people, groups, overdue);
        } catch (SQLException e) {
            throw new OverviewException("Cannot read the workload", e);
        }
    }

    private static List<Load> loads(Connection connection, String sql, Timestamp now) throws SQLException {
        List<Load> loads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, now);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    loads.add(new Load(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
        }
        return loads;
    }

    /** The open tasks of these engagements, in one query, oldest first. */
    private static Map<String, List<OverviewTask>> openTasks(Connection connection, List<String> engagementIds, Instant now)
            throws SQLException {
        if (engagementIds.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, List<OverviewTask>> tasks = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select business_key, task_id, task_name, assignee,"
                + " due_at from tasklist_task where business_key in (" + "?, ".repeat(engagementIds.size() - 1) + "?)"
                + " order by created_at, task_id")) {
            bind(select, engagementIds);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant due = instant(rs.getTimestamp(5));
                    tasks.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new OverviewTask(rs.getString(2),
                            rs.getString(3), rs.getString(4), due, due != null && due.isBefore(now)));
                }
            }
        }
        return tasks;
    }

    private static OverviewRow row(Object[] r, List<OverviewTask> tasks, Instant now) {
        EngagementStatus status = EngagementStatus.valueOf((String) r[4]);
        Instant opened = instant((Timestamp) r[7]);
        Instant ended = instant((Timestamp) r[8]);
        Set<OverviewFlag> flags = EnumSet.noneOf(OverviewFlag.class);
        if (tasks.stream().anyMatch(OverviewTask::overdue)) {
            flags.add(OverviewFlag.OVERDUE);
        }
        if ((Boolean) r[6] && status == EngagementStatus.OPEN) {
            flags.add(OverviewFlag.SPONSORS_MISSING);
        }
        if ((Integer) r[10] > 0) {
            flags.add(OverviewFlag.INCIDENT);
        }
        if ((Boolean) r[9]) {
            flags.add(OverviewFlag.SUSPENDED);
        }
        return new OverviewRow((String) r[0], (String) r[1], (String) r[2], Stage.valueOf((String) r[3]), status,
                (String) r[5], opened, ended, wholeDays(opened, ended == null ? now : ended), tasks, flags);
    }

    static long wholeDays(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    private static int bind(PreparedStatement statement, List<?> params) throws SQLException {
        int index = 0;
        for (Object param : params) {
            statement.setObject(++index, param);
        }
        return index;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
