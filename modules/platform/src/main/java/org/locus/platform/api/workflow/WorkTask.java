package org.locus.platform.api.workflow;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A user task waiting in a process, as the tasklist and the forms see it.
 *
 * @param key            the BPMN task id, such as {@code assessFit}
 * @param businessKey    the id of the engagement the process carries
 * @param formKey        the path of the form that completes the task, owned by the module that owns the task
 * @param assignee       who has claimed it, or null while it waits for someone in its groups
 * @param suspendedReason the manager's reason while its engagement is suspended (nobody may work on it), else null
 */
public record WorkTask(
        String id,
        String key,
        String name,
        String processKey,
        String businessKey,
        String formKey,
        String assignee,
        Set<String> candidateGroups,
        Instant created,
        Instant due,
        String suspendedReason) {

    public WorkTask {
        candidateGroups = Set.copyOf(candidateGroups);
    }

    public Optional<String> assigneeIfAny() {
        return Optional.ofNullable(assignee);
    }

    public boolean isAssigned() {
        return assignee != null;
    }

    /** Whether this is the given task of the given diagram. */
    public boolean is(UserTaskKey task) {
        return task.processKey().equals(processKey) && task.taskKey().equals(key);
    }

    /** Its process and BPMN id. */
    public UserTaskKey userTask() {
        return new UserTaskKey(processKey, key);
    }

    /** Whether its engagement is suspended: it cannot be claimed or completed until a manager resumes it. */
    public boolean isSuspended() {
        return suspendedReason != null;
    }

    public boolean isOverdue(Instant now) {
        return due != null && due.isBefore(now);
    }
}
