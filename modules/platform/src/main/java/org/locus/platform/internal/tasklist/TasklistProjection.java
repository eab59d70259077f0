package org.locus.platform.internal.tasklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Writes the tasklist tables as the engine creates, assigns, changes and ends user tasks. It runs
 * inside the engine's command, on the same data source and so in the same JTA transaction: if
 * the engine's work rolls back, so does the tasklist's.
 */
@ApplicationScoped
public class TasklistProjection {

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected TasklistProjection() {
        this.dataSource = null;
    }

    @Inject
    TasklistProjection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void created(DelegateTask task, String formKey) {
        TasklistRow row = rowOf(task, formKey);
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, row);
        } catch (SQLException e) {
            throw new TasklistException("Cannot add task " + task.getId() + " to the tasklist", e);
        }
    }

    void changed(DelegateTask task) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement updateTask = connection.prepareStatement(
                     "update tasklist_task set assignee = ?, due_at = ?, task_name = ? where task_id = ?");
             PreparedStatement updateOffers = connection.prepareStatement(
                     "update tasklist_offer set claimed = ?, due_at = ? where task_id = ?")) {
            updateTask.setString(1, task.getAssignee());
            updateTask.setTimestamp(2, timestamp(task.getDueDate()));
            updateTask.setString(3, task.getName());
            updateTask.setString(4, task.getId());
            updateTask.executeUpdate();
            updateOffers.setBoolean(1, task.getAssignee() != null);
            updateOffers.setTimestamp(2, timestamp(task.getDueDate()));
            updateOffers.setString(3, task.getId());
            updateOffers.executeUpdate();
        } catch (SQLException e) {
            throw new TasklistException("Cannot update task " + task.getId() + " in the tasklist", e);
        }
    }

    void ended(DelegateTask task) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement deleteOffers = connection.prepareStatement("delete from tasklist_offer where task_id = ?");
             PreparedStatement deleteTask = connection.prepareStatement("delete from tasklist_task where task_id = ?")) {
            deleteOffers.setString(1, task.getId());
            deleteOffers.executeUpdate();
            deleteTask.setString(1, task.getId());
            deleteTask.executeUpdate();
        } catch (SQLException e) {
            throw new TasklistException("Cannot remove task " + task.getId() + " from the tasklist", e);
        }
    }

    /**
     * Marks every open task of an engagement suspended with the manager's reason, or running again
     * (null), in the caller's transaction: a suspension changes no task through the engine's listeners.
     */
    public void suspended(String businessKey, String reason) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update tasklist_task set suspended_reason = ? where business_key = ?")) {
            update.setString(1, reason);
            update.setString(2, businessKey);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new TasklistException("Cannot mark the tasks of " + businessKey + " suspended in the tasklist", e);
        }
    }

    static void insert(Connection connection, TasklistRow row) throws SQLException {
        try (PreparedStatement insertTask = connection.prepareStatement(
                "insert into tasklist_task (task_id, task_key, task_name, process_key, process_instance_id, business_key,"
                        + " form_key, assignee, created_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insertOffer = connection.prepareStatement(
                     "insert into tasklist_offer (group_id, task_id, claimed, due_at, created_at) values (?, ?, ?, ?, ?)")) {
            insertTask.setString(1, row.taskId());
            insertTask.setString(2, row.taskKey());
            insertTask.setString(3, row.taskName());
            insertTask.setString(4, row.processKey());
            insertTask.setString(5, row.processInstanceId());
            insertTask.setString(6, row.businessKey());
            insertTask.setString(7, row.formKey());
            insertTask.setString(8, row.assignee());
            insertTask.setTimestamp(9, timestamp(row.created()));
            insertTask.setTimestamp(10, timestamp(row.due()));
            insertTask.executeUpdate();
            for (String group : row.candidateGroups()) {
                insertOffer.setString(1, group);
                insertOffer.setString(2, row.taskId());
                insertOffer.setBoolean(3, row.assignee() != null);
                insertOffer.setTimestamp(4, timestamp(row.due()));
                insertOffer.setTimestamp(5, timestamp(row.created()));
                insertOffer.addBatch();
            }
            insertOffer.executeBatch();
        }
    }

    private static TasklistRow rowOf(DelegateTask task, String formKey) {
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        String processKey = processKey(task.getProcessDefinitionId(),
                () -> task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey());
        return new TasklistRow(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
                task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(),
                formKey, task.getAssignee(), groups, task.getCreateTime(), task.getDueDate());
    }

    /**
     * The process key from a definition id, which is "key:version:uuid" unless that would be longer than 64
     * characters: then it is the bare uuid (a long process id, say one deployed through Camunda Modeler), and
     * the definition is asked.
     */
    static String processKey(String definitionId, java.util.function.Supplier<String> fromDefinition) {
        int colon = definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : fromDefinition.get();
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
