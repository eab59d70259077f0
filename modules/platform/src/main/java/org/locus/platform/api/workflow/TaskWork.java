package org.locus.platform.api.workflow;

import java.util.Map;

/** The business verb of a task that completes it: applies the values to the record and returns the process variables to set. */
@FunctionalInterface
public interface TaskWork<R> {

    Map<String, Object> apply(R record, TaskContext context);
}
