package org.locus.platform.api.workflow;

import java.util.Objects;

/**
 * A user task of a diagram: the process it is in and its BPMN id. Task ids are unique within a
 * diagram only, so a task is known by both.
 */
public record UserTaskKey(String processKey, String taskKey) {

    public UserTaskKey {
        Objects.requireNonNull(processKey, "processKey");
        Objects.requireNonNull(taskKey, "taskKey");
    }

    @Override
    public String toString() {
        return processKey + "/" + taskKey;
    }
}
