package org.locus.benchmark.seeding;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.locus.intake.api.IntakeService;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * Opens a group of engagements in one JTA transaction of its own: intake's commands join it, so the
 * domain rows, engine state, history and tasklist tables of the whole group commit together, or none of
 * them does (a failure loses this group only).
 */
@ApplicationScoped
public class SeedBatch {

    /** One engagement to open: its place, and how many of intake's tasks to complete (0 to 5). */
    record Planned(String place, int stopAt) {
    }

    private final IntakeService intake;
    private final Workflow workflow;

    /** For the CDI proxy only. */
    protected SeedBatch() {
        this(null, null);
    }

    @Inject
    SeedBatch(IntakeService intake, Workflow workflow) {
        this.intake = intake;
        this.workflow = workflow;
    }

    /** Opens the engagements and returns how many tasks were completed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(List<Planned> engagements) {
        int completions = 0;
        for (Planned planned : engagements) {
            String engagementId = intake.logFirstContact(IntakeSteps.firstContact(planned.place()));
            for (String key : IntakeSteps.TASKS.subList(0, planned.stopAt())) {
                IntakeSteps.complete(intake, key, openTask(engagementId, key), planned.place());
                completions++;
            }
        }
        return completions;
    }

    /** The id of the engagement's open task with this BPMN id, as a client asks for it before completing it. */
    private String openTask(String engagementId, String key) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        return open.stream().filter(task -> task.key().equals(key)).map(WorkTask::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " has no open " + key
                        + " task; its open tasks: " + open.stream().map(WorkTask::key).toList()));
    }
}
