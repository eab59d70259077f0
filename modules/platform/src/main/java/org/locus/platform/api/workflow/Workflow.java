package org.locus.platform.api.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.locus.platform.api.security.CurrentUser;

/**
 * How modules drive the BPMN processes. Every call joins the caller's JTA transaction, so engine
 * state and the module's own rows commit or roll back together.
 *
 * <p>Variables hold ids and small facts (strings, numbers, booleans, dates), never entities.
 */
public interface Workflow {

    /** Starts a process for a business object (an engagement id) and returns the process instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** A task that is still open, or empty if there is none with this id (completed or never existed). */
    Optional<WorkTask> openTask(String taskId);

    /**
     * The open task with this id that the user may work on now: it exists, it is offered to one of
     * their groups, and nobody else holds it.
     *
     * @throws org.locus.platform.api.error.NotFoundException if no task ever had this id
     * @throws org.locus.platform.api.error.ConflictException if it was completed already, or someone else holds it
     * @throws org.locus.platform.api.error.ForbiddenException if it is not offered to any of the user's groups
     */
    WorkTask taskToWorkOn(String taskId, CurrentUser user);

    /** A page of a person's tasklist by position (for numbered pages), earliest due first. */
    TaskPage tasks(CurrentUser user, TaskScope scope, int first, int size);

    /** The page after a cursor (keyset paging): as fast on the thousandth page as on the first. */
    TaskPage tasksAfter(CurrentUser user, TaskScope scope, TaskCursor after, int size);

    /** The open tasks of one business object (engagement), oldest first. */
    java.util.List<WorkTask> openTasksOf(String businessKey);

    void claim(String taskId, CurrentUser user);

    void unclaim(String taskId, CurrentUser user);

    /**
     * Keeps the values a person sent for a task in the task's history (task-local variables the engine's full
     * history records with their time), for the auditors' timeline; the process never reads them.
     */
    void keepSubmitted(WorkTask task, String sentBy, SubmittedValues values);

    /** Completes a task the user may work on, setting the given process variables. */
    void complete(String taskId, CurrentUser user, Map<String, Object> variables);

    /** A process variable of the task's process instance. */
    Optional<Object> variable(String taskId, String name);

    /** Moves an open task's due date (the tasklist shows it overdue once the date has passed). */
    void changeDueDate(String taskId, Instant due);
}
