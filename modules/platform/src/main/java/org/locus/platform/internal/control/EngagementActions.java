package org.locus.platform.internal.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.control.Suspension;

/**
 * The record of what managers did to engagements ({@code engagement_action}), written on the one data
 * source and so in the caller's JTA transaction: the row and the engine's change commit together.
 */
@ApplicationScoped
class EngagementActions {

    enum Action { REASSIGNED, SUSPENDED, RESUMED, WITHDRAWN, RETRIED }

    /** One action: task, incident, before and after where they apply (else null). */
    record Entry(String engagementId, Action action, String taskId, String incidentId, String before, String after,
                 String reason, String by, Instant at) {
    }

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected EngagementActions() {
        this.dataSource = null;
    }

    @Inject
    EngagementActions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void record(Entry entry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into engagement_action (action_id, engagement_id, action, task_id, incident_id, before_value,"
                             + " after_value, reason, acted_by, acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, entry.engagementId());
            insert.setString(3, entry.action().name());
            insert.setString(4, entry.taskId());
            insert.setString(5, entry.incidentId());
            insert.setString(6, entry.before());
            insert.setString(7, entry.after());
            insert.setString(8, entry.reason());
            insert.setString(9, entry.by());
            insert.setTimestamp(10, Timestamp.from(entry.at()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the " + entry.action() + " of engagement " + entry.engagementId(), e);
        }
    }

    /** The engagement's suspension, if its latest suspend-or-resume was a suspension. */
    Optional<Suspension> suspension(String engagementId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select action, reason, acted_by, acted_at from engagement_action where engagement_id = ?"
                             + " and action in ('SUSPENDED', 'RESUMED') order by acted_at desc fetch first 1 rows only")) {
            select.setString(1, engagementId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next() && Action.SUSPENDED.name().equals(rs.getString(1))) {
                    return Optional.of(new Suspension(engagementId, rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the suspension of engagement " + engagementId, e);
        }
    }
}
