package org.locus.platform.internal.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Hands every change of one user task definition's tasks to the tasklist projection. */
class TasklistTaskListener implements TaskListener {

    private final TasklistProjection projection;
    private final String formKey;

    TasklistTaskListener(TasklistProjection projection, String formKey) {
        this.projection = projection;
        this.formKey = formKey;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> projection.created(task, formKey);
            case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> projection.changed(task);
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> projection.ended(task);
            default -> {
                // timeout listeners and any later event names do not change the tasklist
            }
        }
    }
}
