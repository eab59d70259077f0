package org.locus.web.rest;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.locus.platform.api.workflow.TaskHandler;

/** Finds the module's handler for a task, by the task's BPMN id. */
final class TaskHandlers {

    private TaskHandlers() {
    }

    /**
     * @throws IllegalStateException if two handlers claim the same task: a wiring mistake, not the caller's
     */
    static Optional<TaskHandler> forTask(Iterable<TaskHandler> handlers, String taskKey) {
        List<TaskHandler> matching = StreamSupport.stream(handlers.spliterator(), false)
                .filter(handler -> handler.taskKeys().contains(taskKey))
                .toList();
        if (matching.size() > 1) {
            throw new IllegalStateException("More than one task handler completes " + taskKey + ": " + matching);
        }
        return matching.stream().findFirst();
    }
}
