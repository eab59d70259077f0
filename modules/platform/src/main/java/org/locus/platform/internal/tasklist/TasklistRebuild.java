package org.locus.platform.internal.tasklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * At start, makes sure the tasklist tables hold exactly the engine's open user tasks; they can
 * differ only for a database that had tasks before the tasklist tables existed. Then the listener
 * keeps them in step.
 */
@ApplicationScoped
public class TasklistRebuild {

    private static final Logger LOG = Logger.getLogger(TasklistRebuild.class.getName());
    private static final int BATCH = 500;

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected TasklistRebuild() {
        this.dataSource = null;
    }

    @Inject
    TasklistRebuild(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void ensureInStep(ProcessEngine engine) {
        long open = engine.getTaskService().createTaskQuery().count();
        try (Connection connection = dataSource.getConnection()) {
            if (countRows(connection) == open) {
                return;
            }
            LOG.info(() -> "Rebuilding the tasklist tables from the engine's " + open + " open tasks");
            connection.setAutoCommit(false);
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("delete from tasklist_offer");
                delete.executeUpdate("delete from tasklist_task");
            }
            Set<String> suspendedEngagements = new HashSet<>();
            for (int first = 0; first < open; first += BATCH) {
                List<Task> page = engine.getTaskService().createTaskQuery().initializeFormKeys()
                        .orderByTaskId().asc().listPage(first, BATCH);
                Map<String, String> businessKeys = engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceIds(page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                        .list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
                for (Task task : page) {
                    Set<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                            .map(IdentityLink::getGroupId).collect(Collectors.toSet());
                    String definitionId = task.getProcessDefinitionId();
                    TasklistProjection.insert(connection, new TasklistRow(task.getId(), task.getTaskDefinitionKey(),
                            task.getName(), TasklistProjection.processKey(definitionId,
                                    () -> engine.getRepositoryService().getProcessDefinition(definitionId).getKey()),
                            task.getProcessInstanceId(), businessKeys.get(task.getProcessInstanceId()),
                            task.getFormKey(), task.getAssignee(), groups, task.getCreateTime(), task.getDueDate()));
                    if (task.isSuspended()) {
                        suspendedEngagements.add(businessKeys.get(task.getProcessInstanceId()));
                    }
                }
            }
            markSuspended(connection, suspendedEngagements);
            connection.commit();
        } catch (SQLException e) {
            throw new TasklistException("Cannot rebuild the tasklist tables", e);
        }
    }

    /**
     * A suspended engagement's tasks carry the reason of its latest suspension, as the manager gave it
     * ({@code engagement_action}); the engine knows only that they are suspended.
     */
    private static void markSuspended(Connection connection, Set<String> engagementIds) throws SQLException {
        try (PreparedStatement latest = connection.prepareStatement(
                "select reason from engagement_action where engagement_id = ? and action = 'SUSPENDED'"
                        + " order by acted_at desc fetch first 1 rows only");
             PreparedStatement mark = connection.prepareStatement(
                     "update tasklist_task set suspended_reason = ? where business_key = ?")) {
            for (String engagementId : engagementIds) {
                latest.setString(1, engagementId);
                String reason;
                try (ResultSet rs = latest.executeQuery()) {
                    reason = rs.next() ? rs.getString(1) : "Suspended in the engine";
                }
                mark.setString(1, reason);
                mark.setString(2, engagementId);
                mark.executeUpdate();
            }
        }
    }

    private static long countRows(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
             ResultSet rs = count.executeQuery("select count(*) from tasklist_task")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
