package org.locus.benchmark.seeding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/** Finds an engagement's open task as a client asks for it before completing it: {@code Workflow.openTasksOf}. */
@ApplicationScoped
public class EngagementTasks {

    private final Workflow workflow;

    /** For the CDI proxy only. */
    protected EngagementTasks() {
        this(null);
    }

    @Inject
    EngagementTasks(Workflow workflow) {
        this.workflow = workflow;
    }

    /** The id of the engagement's open task with this BPMN id. */
    String idOf(String engagementId, String key) {
        return idOf(engagementId, key, Optional.empty());
    }

    /** The id of the engagement's open task with this BPMN id held by this person (one of a multi-instance task's). */
    String idOf(String engagementId, String key, String assignee) {
        return idOf(engagementId, key, Optional.of(assignee));
    }

    private String idOf(String engagementId, String key, Optional<String> assignee) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        return open.stream()
                .filter(task -> task.key().equals(key))
                .filter(task -> assignee.map(person -> person.equals(task.assignee())).orElse(true))
                .map(WorkTask::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " has no open " + key
                        + assignee.map(person -> " task of " + person).orElse(" task") + "; its open tasks: "
                        + open.stream().map(task -> task.key() + (task.isAssigned() ? " (" + task.assignee() + ")" : "")).toList()));
    }
}
