package org.locus.benchmark.seeding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.FindingEntry;
import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingsDone;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.SurveyDone;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.security.ActingAs;

/**
 * Takes an agreed engagement into the diagnostic as its team would, through {@link DiagnosticService}
 * only and with the values the forms send: each entry saved on its own (the forms' "Save"), then the
 * task finished with nothing more ("Finish"). Every step acts as the person whose task it is (the lead,
 * or the enabler holding their own interviews), so the history and the rows say who did it.
 */
@ApplicationScoped
public class DiagnosticSteps {

    /** Where an engagement can be left in the diagnostic, in the order it meets them. */
    static final List<String> STOPS = List.of(
            "planInterviews", "recordInterviews", "recordSurvey", "synthesiseFindings", "playBackFindings");

    private static final int INTERVIEWS = 1;
    private static final int SURVEY = 2;
    private static final int FINDINGS = 3;

    /** Dates entered are days in the UK, and none may be in the future. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DiagnosticService diagnostic;
    private final EngagementTasks tasks;
    private final ActingAs acting;

    /** For the CDI proxy only. */
    protected DiagnosticSteps() {
        this(null, null, null);
    }

    @Inject
    DiagnosticSteps(DiagnosticService diagnostic, EngagementTasks tasks, ActingAs acting) {
        this.diagnostic = diagnostic;
        this.tasks = tasks;
        this.acting = acting;
    }

    /**
     * Moves the engagement, whose diagnostic has just begun, to the stop with this index of {@link #STOPS}
     * and returns how many tasks that completed. Left at the interviews, the last enabler has saved an
     * entry and not finished; left at the survey or the findings, one entry is saved; left at the
     * playback, the findings were sent back once first if {@code planned.sentBack()}.
     */
    int advance(String engagementId, SeedBatch.Planned planned, int stop) {
        if (stop == 0) {
            return 0;
        }
        TeamAssignment team = planned.team();
        String place = planned.place();
        LocalDate today = LocalDate.now(UK);
        acting.run(team.lead(), () -> diagnostic.planInterviews(tasks.idOf(engagementId, "planInterviews"),
                new InterviewPlan(List.of("Leader of " + place, "Chief Executive of " + place), planned.surveyRun())));
        int completions = 1;

        List<String> enablers = team.enablers();
        for (int i = 0; i < enablers.size(); i++) {
            String enabler = enablers.get(i);
            boolean finishes = stop > INTERVIEWS || i < enablers.size() - 1;
            acting.run(enabler, () -> {
                String taskId = tasks.idOf(engagementId, "recordInterviews", enabler);
                diagnostic.recordInterview(taskId, new InterviewEntry(InterviewKind.INTERVIEW, today.minusDays(3), null,
                        enabler, List.of("Leader of " + place),
                        "The leader and chief executive describe the same priorities in different words."));
                if (finishes) {
                    diagnostic.finishInterviews(taskId, new InterviewsDone(List.of()));
                }
            });
            completions += finishes ? 1 : 0;
        }

        if (planned.surveyRun()) {
            boolean finishes = stop > SURVEY;
            acting.run(team.lead(), () -> {
                String taskId = tasks.idOf(engagementId, "recordSurvey");
                diagnostic.recordSurveyResponse(taskId, new SurveyResponse(2, 1, 3, 4, 2,
                        "We rarely talk about the politics until it is too late."));
                if (finishes) {
                    diagnostic.recordSurveyResponse(taskId, new SurveyResponse(3, 2, 3, 4, 5, null));
                    diagnostic.finishSurvey(taskId, new SurveyDone(List.of()));
                }
            });
            completions += finishes ? 1 : 0;
        }
        if (stop < FINDINGS) {
            return completions;
        }

        boolean findingsDone = stop > FINDINGS;
        acting.run(team.lead(), () -> synthesise(engagementId, findingsDone));
        if (!findingsDone) {
            return completions;
        }
        completions++;
        if (planned.sentBack()) {
            acting.run(team.lead(), () -> {
                diagnostic.playBack(tasks.idOf(engagementId, "playBackFindings"), new PlaybackDecision(today.minusDays(1),
                        false, "Say more about how partners see the council's role."));
                synthesise(engagementId, true);
            });
            completions += 2;
        }
        return completions;
    }

    /** Saves findings on "Synthesise the findings", one and, when it finishes, a second, as the lead does. */
    private void synthesise(String engagementId, boolean finishes) {
        String taskId = tasks.idOf(engagementId, "synthesiseFindings");
        diagnostic.recordFinding(taskId, new FindingEntry("Cabinet and the top team describe the same priorities in"
                + " different words.", FindingTag.DISSONANCE, "Shared ambition"));
        if (finishes) {
            diagnostic.recordFinding(taskId, new FindingEntry("Partners wait for the council to lead.",
                    FindingTag.RELATIONSHIPS, "Shared ambition"));
            diagnostic.finishFindings(taskId, new FindingsDone(List.of(), List.of()));
        }
    }
}
