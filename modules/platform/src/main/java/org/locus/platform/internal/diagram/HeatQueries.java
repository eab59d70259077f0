package org.locus.platform.internal.diagram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The two queries behind a process's heat: one aggregate over the engine's activity history, one grouped count
 * of the tasklist's open tasks. Both run on H2 2.x and PostgreSQL as written ({@code PERCENTILE_CONT ... WITHIN
 * GROUP} is in both).
 */
@ApplicationScoped
public class HeatQueries {

    // Start and end events and gateways take no time; showing them would only dilute the scale.
    private static final String TIMES = "select ACT_ID_, count(*), avg(DURATION_),"
            + " percentile_cont(0.9) within group (order by DURATION_)"
            + " from ACT_HI_ACTINST"
            + " where PROC_DEF_KEY_ = ? and END_TIME_ >= ? and END_TIME_ < ? and DURATION_ is not null"
            + " and ACT_TYPE_ not like '%Gateway' and ACT_TYPE_ not like '%EndEvent' and ACT_TYPE_ <> 'startEvent'"
            + " group by ACT_ID_";
    private static final String OPEN_BY_TASK = "select task_key, count(*) from tasklist_task where process_key = ? group by task_key";
    private static final String OPEN_BY_PROCESS = "select process_key, count(*) from tasklist_task group by process_key";

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected HeatQueries() {
        this(null);
    }

    @Inject
    public HeatQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Mean and p90 per activity id, of the activities that ended in [from, to). */
    public Map<String, Times> times(String processKey, Instant from, Instant to) {
        Map<String, Times> times = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(TIMES)) {
            statement.setString(1, processKey);
            // The engine writes its times as java.util.Date, so they are compared the same way.
            statement.setTimestamp(2, new Timestamp(from.toEpochMilli()));
            statement.setTimestamp(3, new Timestamp(to.toEpochMilli()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.put(rows.getString(1), new Times(rows.getLong(2),
                            Duration.ofMillis(Math.round(rows.getDouble(3))), Duration.ofMillis(Math.round(rows.getDouble(4)))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the time spent on " + processKey + "'s activities", e);
        }
        return times;
    }

    /** Open tasks per task id of one process. */
    public Map<String, Long> openTasksByTask(String processKey) {
        return counts(OPEN_BY_TASK, processKey);
    }

    /** Open tasks per process key, for a map whose activities call processes. */
    public Map<String, Long> openTasksByProcess() {
        return counts(OPEN_BY_PROCESS, null);
    }

    private Map<String, Long> counts(String sql, String parameter) {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the open tasks", e);
        }
        return counts;
    }

    /** How many finished, and their mean and 90th percentile. */
    public record Times(long finished, Duration mean, Duration p90) {
    }
}
