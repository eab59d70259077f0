package org.locus.web.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.locus.platform.api.workflow.TaskEndpoint;
import org.locus.platform.api.workflow.TaskHandler;
import org.locus.platform.api.workflow.UserTaskKey;

/** Every module's task endpoints, found by the task's process and BPMN id together. */
@ApplicationScoped
public class TaskEndpoints {

    private final Map<UserTaskKey, TaskEndpoint<?>> byTask;

    /** For the CDI proxy only. */
    protected TaskEndpoints() {
        this.byTask = Map.of();
    }

    @Inject
    TaskEndpoints(Instance<TaskHandler> handlers) {
        this(handlers.stream().toList());
    }

    /**
     * @throws IllegalStateException if two endpoints complete the same task: a wiring mistake, found at start
     */
    TaskEndpoints(List<TaskHandler> handlers) {
        Map<UserTaskKey, TaskEndpoint<?>> endpoints = new HashMap<>();
        for (TaskHandler handler : handlers) {
            for (TaskEndpoint<?> endpoint : handler.endpoints()) {
                TaskEndpoint<?> before = endpoints.putIfAbsent(endpoint.task(), endpoint);
                if (before != null) {
                    throw new IllegalStateException("Two endpoints complete " + endpoint.task() + ": one taking "
                            + before.values().getName() + ", one taking " + endpoint.values().getName());
                }
            }
        }
        this.byTask = Map.copyOf(endpoints);
    }

    Optional<TaskEndpoint<?>> of(UserTaskKey task) {
        return Optional.ofNullable(byTask.get(task));
    }
}
