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
    private final String taskId;

    public DueDateListener(DueDates dueDates, String taskId) {
        this.dueDates = dueDates;
        this.taskId = taskId;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant created = task.getCreateTime().toInstant();
        String definitionId = task.getProcessDefinitionId();
        String processKey = definitionId.substring(0, definitionId.indexOf(':'));
        task.setDueDate(Date.from(dueDates.dueAt(processKey, taskId, created)));
    }
}
