package org.locus.platform.internal.due;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives a task of one user task definition its due date as the engine creates it, before the tasklist
 * writes its row: the create time is the engine's clock, so a test that moves that clock moves due dates too.
 */
public class DueDateListener implements TaskListener {

    private final DueDates dueDates;
    private final String processKey;
    private final String taskId;

    /** For the user task {@code taskId} of the process {@code processKey}, as the diagram names them. */
    public DueDateListener(DueDates dueDates, String processKey, String taskId) {
        this.dueDates = dueDates;
        this.processKey = processKey;
        this.taskId = taskId;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant created = task.getCreateTime().toInstant();
        task.setDueDate(Date.from(dueDates.dueAt(processKey, taskId, created)));
    }
}
