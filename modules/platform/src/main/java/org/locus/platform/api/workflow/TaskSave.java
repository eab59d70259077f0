package org.locus.platform.api.workflow;

/** A step that saves part of a task's work (an entry, a draft) and leaves the task open. */
@FunctionalInterface
public interface TaskSave<R> {

    void apply(R record, TaskContext context);
}
