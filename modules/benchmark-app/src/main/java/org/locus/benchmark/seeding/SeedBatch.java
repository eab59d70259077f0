package org.locus.benchmark.seeding;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.locus.intake.api.IntakeService;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.security.ActingAs;

/**
 * Opens a group of engagements in one JTA transaction of its own: intake's and the diagnostic's commands
 * join it, so the domain rows, engine state, history and tasklist tables of the whole group commit
 * together, or none of them does (a failure loses this group only). Intake's tasks are completed as the
 * seeding user; the diagnostic's as the people they are for ({@link DiagnosticSteps}).
 */
@ApplicationScoped
public class SeedBatch {

    /** Every stop of an engagement's journey, intake's six tasks and then the diagnostic's, in order. */
    static final List<String> STOPS = Stream.concat(IntakeSteps.TASKS.stream(), DiagnosticSteps.STOPS.stream()).toList();

    /**
     * One engagement to open: its place, the index in {@link #STOPS} where it is left, the team intake
     * assigns it, whether its plan runs the survey, and whether, left at the playback, its findings were
     * sent back once before.
     */
    record Planned(String place, int stopAt, TeamAssignment team, boolean surveyRun, boolean sentBack) {
    }

    private final IntakeService intake;
    private final EngagementTasks tasks;
    private final DiagnosticSteps diagnostic;
    private final ActingAs acting;

    /** For the CDI proxy only. */
    protected SeedBatch() {
        this(null, null, null, null);
    }

    @Inject
    SeedBatch(IntakeService intake, EngagementTasks tasks, DiagnosticSteps diagnostic, ActingAs acting) {
        this.intake = intake;
        this.tasks = tasks;
        this.diagnostic = diagnostic;
        this.acting = acting;
    }

    /** Opens the engagements, intake's part as {@code seeder}, and returns how many tasks were completed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(List<Planned> engagements, String seeder) {
        int completions = 0;
        for (Planned planned : engagements) {
            int intakeTasks = Math.min(planned.stopAt(), IntakeSteps.TASKS.size());
            String engagementId = acting.call(seeder, () -> {
                String id = intake.logFirstContact(IntakeSteps.firstContact(planned.place()));
                for (String key : IntakeSteps.TASKS.subList(0, intakeTasks)) {
                    IntakeSteps.complete(intake, key, tasks.idOf(id, key), planned.place(), planned.team());
                }
                return id;
            });
            completions += intakeTasks;
            if (planned.stopAt() >= IntakeSteps.TASKS.size()) {
                completions += diagnostic.advance(engagementId, planned, planned.stopAt() - IntakeSteps.TASKS.size());
            }
        }
        return completions;
    }
}
