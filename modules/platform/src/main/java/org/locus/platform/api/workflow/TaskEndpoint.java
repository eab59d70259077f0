package org.locus.platform.api.workflow;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How an API client completes one user task: the record its values are read into (its components
 * are the JSON fields, and its schema is published), and the service call that completes the task
 * with them, given the task's id.
 */
public record TaskEndpoint<V>(UserTaskKey task, Class<V> values, BiConsumer<String, V> complete) {

    public TaskEndpoint {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(complete, "complete");
    }

    public static <V> TaskEndpoint<V> of(UserTaskKey task, Class<V> values, BiConsumer<String, V> complete) {
        return new TaskEndpoint<>(task, values, complete);
    }

    /** Completes the task with values already read into this endpoint's record. */
    public void completeWith(String taskId, Object read) {
        complete.accept(taskId, values.cast(read));
    }
}
