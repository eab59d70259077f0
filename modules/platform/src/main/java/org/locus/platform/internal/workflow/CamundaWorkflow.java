package org.locus.platform.internal.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.locus.platform.api.transaction.UnitOfWork;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.TaskCursor;
import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.TaskScope;
import org.locus.platform.api.workflow.SubmittedValues;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;
import org.locus.platform.internal.engine.EngineActor;
import org.locus.platform.internal.tasklist.TasklistQueries;

/**
 * The workflow API on Camunda's services. Each method runs in the caller's JTA transaction (or
 * opens one), so a failure later in the caller's unit of work undoes the engine's part too.
 */
@ApplicationScoped
@UnitOfWork
public class CamundaWorkflow implements Workflow {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final TasklistQueries tasklist;
    private final EngagementDirectory engagements;
    private final EngineActor actor;

    /** For the CDI proxy only. */
    protected CamundaWorkflow() {
        this(null, null, null, null, null, null);
    }

    @Inject
    CamundaWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, TasklistQueries tasklist,
                    EngagementDirectory engagements, EngineActor actor) {
        this.actor = actor;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.tasklist = tasklist;
        this.engagements = engagements;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    @Override
    public Optional<WorkTask> openTask(String taskId) {
        // The tasklist tables hold what a WorkTask needs in one row; the engine would take three queries.
        return tasklist.task(taskId);
    }

    @Override
    public WorkTask taskToWorkOn(String taskId, CurrentUser user) {
        WorkTask task = openTask(taskId).orElseThrow(() -> closedOrMissing(taskId));
        if (task.isSuspended()) {
            // Before anything else: whoever asks, nothing moves on a suspended engagement.
            throw suspended(task);
        }
        if (!user.isInAnyOf(task.candidateGroups()) && !user.id().equals(task.assignee())) {
            throw new ForbiddenException("This task is for " + String.join(" or ", sorted(task.candidateGroups()))
                    + "; you are not in that group.");
        }
        if (task.isAssigned() && !task.assignee().equals(user.id())) {
            throw new ConflictException("This task has been claimed by " + task.assignee() + ".");
        }
        return task;
    }

    @Override
    public TaskPage tasks(CurrentUser user, TaskScope scope, int first, int size) {
        // The tasklist's own tables, not the engine's candidate-group query, which grows slow with open tasks.
        return scope == TaskScope.MINE
                ? tasklist.assignedTo(user.id(), first, size)
                : tasklist.offeredTo(user.groups(), first, size);
    }

    @Override
    public TaskPage tasksAfter(CurrentUser user, TaskScope scope, TaskCursor after, int size) {
        return scope == TaskScope.MINE
                ? tasklist.assignedTo(user.id(), after, size)
                : tasklist.offeredTo(user.groups(), after, size);
    }

    @Override
    public List<WorkTask> openTasksOf(String businessKey) {
        return tasklist.ofBusinessKey(businessKey);
    }

    @Override
    public void claim(String taskId, CurrentUser user) {
        WorkTask task = taskToWorkOn(taskId, user);
        if (user.id().equals(task.assignee())) {
            return;
        }
        try {
            actor.as(user.id(), () -> tasks.claim(taskId, user.id()));
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("This task has just been claimed by someone else.");
        }
    }

    @Override
    public void unclaim(String taskId, CurrentUser user) {
        WorkTask task = taskToWorkOn(taskId, user);
        if (task.isAssigned()) {
            actor.as(user.id(), () -> tasks.setAssignee(taskId, null));
        }
    }

    @Override
    public void keepSubmitted(WorkTask task, String sentBy, SubmittedValues submitted) {
        Map<String, Object> variables = new LinkedHashMap<>();
        String submission = SubmittedVariables.PREFIX + UUID.randomUUID().toString().substring(0, 8);
        variables.put(submission, SubmittedVariables.header(sentBy, task.formKey()));
        int index = 0;
        for (SubmittedValues.Value value : submitted.values()) {
            variables.put(SubmittedVariables.name(submission, index++, value), value.text());
        }
        tasks.setVariablesLocal(task.id(), variables);
    }

    @Override
    public void complete(String taskId, CurrentUser user, Map<String, Object> variables) {
        WorkTask task = taskToWorkOn(taskId, user);
        try {
            if (!task.isAssigned()) {
                // Completing an unclaimed group task claims it, so the history says who did it.
                actor.as(user.id(), () -> tasks.setAssignee(taskId, user.id()));
            }
            tasks.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone else changed this task at the same moment. Open it again to see where it stands.");
        }
    }

    @Override
    public Optional<Object> variable(String taskId, String name) {
        return Optional.ofNullable(tasks.getVariable(taskId, name));
    }

    private ConflictException suspended(WorkTask task) {
        String reference = engagements.headline(task.businessKey()).map(EngagementHeadline::reference)
                .orElse(task.businessKey());
        return new ConflictException("Engagement " + reference + " is suspended: " + task.suspendedReason()
                + ". A manager must resume it first.");
    }

    private RuntimeException closedOrMissing(String taskId) {
        HistoricTaskInstance past = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (past == null) {
            return new NotFoundException("There is no task " + taskId + ".");
        }
        String who = past.getAssignee() == null ? "someone else" : past.getAssignee();
        return new ConflictException("This task was already completed by " + who + ".");
    }

    private static List<String> sorted(Set<String> groups) {
        return groups.stream().sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public void changeDueDate(String taskId, Instant due) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("There is no open task " + taskId + ".");
        }
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
    }
}
