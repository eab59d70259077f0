package org.locus.platform.api.workflow;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.ValidValues;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.record.Recorded;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;

/**
 * The one way a stage's service works on a user task: check the values, find the task the user may
 * work on now (and that it is the task the command is for), load the stage's record of its
 * engagement, apply the business verb, complete the task with the verb's variables, and write.
 * It runs in the caller's JTA transaction (services are {@code @UnitOfWork}), so rows and engine
 * state commit together or not at all.
 */
public final class TaskCommand<R> {

    private final Workflow workflow;
    private final Caller caller;
    private final Validator validator;
    private final Clock clock;
    private final Function<String, R> recordOfEngagement;
    private final Runnable flush;
    private final Supplier<Map<String, String>> formComponents;

    TaskCommand(Workflow workflow, Caller caller, Validator validator, Clock clock,
                Function<String, R> recordOfEngagement, Runnable flush, Supplier<Map<String, String>> formComponents) {
        this.workflow = workflow;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
        this.recordOfEngagement = recordOfEngagement;
        this.flush = flush;
        this.formComponents = formComponents;
    }

    /**
     * Completes the task with the variables {@code work} returns.
     *
     * @throws ConstraintViolationException if the values break their constraints (400, field by field)
     * @throws NotFoundException            if there is no such task (404)
     * @throws org.locus.platform.api.error.ForbiddenException if it is not offered to the user (403)
     * @throws ConflictException            if it is done, held by someone else, or another kind of task (409)
     */
    public void complete(UserTaskKey task, String taskId, Object values, TaskWork<R> work) {
        At<R> at = open(task, taskId, values);
        Map<String, Object> variables = work.apply(at.record(), at.context());
        workflow.complete(taskId, at.context().user(), variables);
        flush.run();
    }

    /** As {@link #complete}, leaving the task open: for a form that saves an entry and stays on the task. */
    public void save(UserTaskKey task, String taskId, Object values, TaskSave<R> work) {
        At<R> at = open(task, taskId, values);
        work.apply(at.record(), at.context());
        flush.run();
    }

    private At<R> open(UserTaskKey task, String taskId, Object values) {
        ValidValues.require(validator, values);
        if (taskId == null || taskId.isBlank()) {
            throw new NotFoundException("There is no task without an id. Open the task from your tasklist.");
        }
        CurrentUser user = caller.current();
        WorkTask open = workflow.taskToWorkOn(taskId, user);
        if (!open.is(task)) {
            throw new ConflictException("This task is \u201c" + open.name() + "\u201d, which this page or request does not complete."
                    + " Open it from your tasklist.");
        }
        // What was sent, as the person saw it, goes into the task's history for the auditors' timeline.
        workflow.keepSubmitted(open, user.id(), SubmittedValues.of(values, formComponents.get()));
        R record = recordOfEngagement.apply(open.businessKey());
        return new At<>(record, new TaskContext(open, user, Recorded.of(user.id(), clock.instant())));
    }

    private record At<R>(R record, TaskContext context) {
    }
}
