package org.locus.platform.internal.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.audit.AuditChange;
import org.locus.platform.api.audit.AuditJson;
import org.locus.platform.api.audit.AuditLog;
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
    private final AuditLog audit;

    /** For the CDI proxy only. */
    protected EngagementActions() {
        this.dataSource = null;
        this.audit = null;
    }

    @Inject
    EngagementActions(DataSource dataSource, AuditLog audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    void record(Entry entry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into engagement_action (action_id, engagement_id, action, task_id, incident_id, before_value,"
                             + " after_value, reason, acted_by, acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String actionId = UUID.randomUUID().toString();
            insert.setString(1, actionId);
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
            // written with JDBC, not JPA, so the entity listener never sees it: the audit entry is made here
            audit.append(new AuditChange(entry.action().name(), "platform.EngagementAction", actionId, entry.engagementId(),
                    null, afterJson(entry)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the " + entry.action() + " of engagement " + entry.engagementId(), e);
        }
    }

    /** The action's row as the audit log's "after": every column but the id, when and by whom (the entry has those). */
    private static String afterJson(Entry entry) {
        SortedMap<String, String> row = new TreeMap<>();
        row.put("action", entry.action().name());
        row.put("taskId", entry.taskId());
        row.put("incidentId", entry.incidentId());
        row.put("before", entry.before());
        row.put("after", entry.after());
        row.put("reason", entry.reason());
        row.put("actedBy", entry.by());
        return AuditJson.object(row);
    }

    /** Every action taken on the engagement, oldest first, each with the name of its task where it has one; one query. */
    List<Named> of(String engagementId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select A.action, A.task_id, A.incident_id, A.before_value, A.after_value, A.reason, A.acted_by, A.acted_at,"
                             + " T.NAME_ from engagement_action A left join ACT_HI_TASKINST T on T.ID_ = A.task_id"
                             + " where A.engagement_id = ? order by A.acted_at")) {
            select.setString(1, engagementId);
            try (ResultSet rs = select.executeQuery()) {
                List<Named> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new Named(new Entry(engagementId, Action.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
                            rs.getString(9)));
                }
                return entries;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the actions on engagement " + engagementId, e);
        }
    }

    /** An action and the name of its task (null when it concerns no task). */
    record Named(Entry entry, String taskName) {
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
