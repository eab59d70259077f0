package org.locus.platform.api.workflow;

import java.util.List;

/**
 * The user tasks a module completes for API clients, the same way its forms do. The web layer finds
 * the endpoint by the task's process and BPMN id, reads the JSON body into the endpoint's values
 * record, and calls it; each user task in {@code bpmn/} has exactly one endpoint.
 */
public interface TaskHandler {

    List<TaskEndpoint<?>> endpoints();
}
