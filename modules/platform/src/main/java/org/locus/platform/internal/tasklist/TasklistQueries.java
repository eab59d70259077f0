package org.locus.platform.internal.tasklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.WorkTask;

/**
 * Reads tasklist pages from the tasklist tables: one indexed query for the page, one for the
 * total, one for the rows' groups, whatever the page size.
 */
@ApplicationScoped
public class TasklistQueries {

    private static final String COLUMNS = "t.task_id, t.task_key, t.task_name, t.process_key, t.business_key, t.form_key,"
            + " t.assignee, t.created_at, t.due_at";
    private static final String ORDER = " order by t.due_at asc nulls last, t.created_at asc, t.task_id asc";
    private static final String PAGE = " offset ? rows fetch next ? rows only";

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected TasklistQueries() {
        this.dataSource = null;
    }

    @Inject
    TasklistQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tasks the user has claimed. */
    public TaskPage assignedTo(String user, int first, int size) {
        String where = " from tasklist_task t where t.assignee = ?";
        return page(where, List.of(user), first, size);
    }

    /** Unclaimed tasks offered to any of the groups. */
    public TaskPage offeredTo(Set<String> groups, int first, int size) {
        if (groups.isEmpty()) {
            return new TaskPage(List.of(), 0, first, size);
        }
        List<String> params = List.copyOf(groups);
        String where = params.size() == 1
                // One group (the usual case): walk that group's index range in order.
                ? " from tasklist_offer o join tasklist_task t on t.task_id = o.task_id where o.group_id = ? and o.claimed = false"
                : " from tasklist_task t where t.assignee is null and exists (select 1 from tasklist_offer o"
                        + " where o.task_id = t.task_id and o.group_id in (" + placeholders(params.size()) + "))";
        String order = params.size() == 1
                ? " order by o.due_at asc nulls last, o.created_at asc, o.task_id asc"
                : ORDER;
        return page(where, params, first, size, order);
    }

    private TaskPage page(String fromWhere, List<String> params, int first, int size) {
        return page(fromWhere, params, first, size, ORDER);
    }

    private TaskPage page(String fromWhere, List<String> params, int first, int size, String order) {
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("select count(*)" + fromWhere)) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + fromWhere + order + PAGE)) {
                bind(select, params);
                select.setInt(params.size() + 1, first);
                select.setInt(params.size() + 2, size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8), rs.getTimestamp(9)});
                    }
                }
            }
            Map<String, Set<String>> groups = groupsOf(connection, rows.stream().map(r -> (String) r[0]).toList());
            List<WorkTask> tasks = rows.stream().map(r -> new WorkTask((String) r[0], (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    groups.getOrDefault((String) r[0], Set.of()), instant((Timestamp) r[7]), instant((Timestamp) r[8])))
                    .toList();
            return new TaskPage(tasks, total, first, size);
        } catch (SQLException e) {
            throw new TasklistException("Cannot read the tasklist", e);
        }
    }

    private static Map<String, Set<String>> groupsOf(Connection connection, List<String> taskIds) throws SQLException {
        if (taskIds.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Set<String>> groups = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select task_id, group_id from tasklist_offer where task_id in (" + placeholders(taskIds.size()) + ")")) {
            bind(select, taskIds);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getString(1), id -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return groups;
    }

    private static void bind(PreparedStatement statement, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setString(i + 1, params.get(i));
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
