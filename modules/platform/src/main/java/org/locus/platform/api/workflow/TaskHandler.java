package org.locus.platform.api.workflow;

import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Completes the user tasks a module owns from the values an API client sends, the same way that
 * module's forms do. The web layer finds the handler by the task's BPMN id.
 */
public interface TaskHandler {

    /** The BPMN ids of the tasks this handler completes, such as {@code assessFit}. */
    Set<String> taskKeys();

    /**
     * Validates the values and completes the task.
     *
     * @throws org.locus.platform.api.error.InvalidRequestException if a value is missing or wrong, field by field
     */
    void complete(WorkTask task, JsonObject values);
}
