package org.locus.diagnostic.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.FindingsDone;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.SurveyDone;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.platform.api.workflow.TaskEndpoint;
import org.locus.platform.api.workflow.TaskHandler;

/**
 * Completes the diagnostic's five user tasks from the JSON an API client sends
 * ({@code POST /api/tasks/{id}/complete}), through the same service calls as the forms. The tasks a
 * form works on one entry at a time take the entries still to add in the completing body.
 */
@ApplicationScoped
public class DiagnosticTaskHandler implements TaskHandler {

    private final DiagnosticService diagnostic;

    /** For the CDI proxy only. */
    protected DiagnosticTaskHandler() {
        this(null);
    }

    @Inject
    DiagnosticTaskHandler(DiagnosticService diagnostic) {
        this.diagnostic = diagnostic;
    }

    @Override
    public List<TaskEndpoint<?>> endpoints() {
        return List.of(
                TaskEndpoint.of(DiagnosticProcess.PLAN, InterviewPlan.class, diagnostic::planInterviews),
                TaskEndpoint.of(DiagnosticProcess.INTERVIEWS, InterviewsDone.class, diagnostic::finishInterviews),
                TaskEndpoint.of(DiagnosticProcess.SURVEY, SurveyDone.class, diagnostic::finishSurvey),
                TaskEndpoint.of(DiagnosticProcess.FINDINGS, FindingsDone.class, diagnostic::finishFindings),
                TaskEndpoint.of(DiagnosticProcess.PLAYBACK, PlaybackDecision.class, diagnostic::playBack));
    }
}
