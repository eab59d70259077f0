package org.locus.diagnostic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.FindingEntry;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.FindingWithdrawal;
import org.locus.diagnostic.api.FindingsDone;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.SurveyDone;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.diagnostic.internal.process.EngagementTeam;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.transaction.UnitOfWork;
import org.locus.platform.api.workflow.TaskCommand;
import org.locus.platform.api.workflow.TaskCommands;
import org.locus.platform.api.workflow.TaskContext;

/**
 * The diagnostic on its process. Every task command is one call of the platform's skeleton
 * ({@link TaskCommand}): values checked, the task found and checked, the engagement's diagnostic
 * loaded, the verb applied, the task completed (or left open for an entry saved on its own), all in
 * one JTA transaction. The rules that need the diagnostic (the plan, the team, dates) are the entities'.
 */
@ApplicationScoped
@UnitOfWork
public class DefaultDiagnosticService implements DiagnosticService {

    private final TaskCommand<Diagnostic> tasks;
    private final DiagnosticRepository diagnostics;
    private final IntakeService intake;
    private final EngagementTeam team;

    /** For the CDI proxy only. */
    protected DefaultDiagnosticService() {
        this.tasks = null;
        this.diagnostics = null;
        this.intake = null;
        this.team = null;
    }

    @Inject
    DefaultDiagnosticService(TaskCommands commands, DiagnosticRepository diagnostics, IntakeService intake,
                             EngagementTeam team) {
        this.tasks = commands.over(diagnostics::openFor, diagnostics::flush);
        this.diagnostics = diagnostics;
        this.intake = intake;
        this.team = team;
    }

    @Override
    public Optional<DiagnosticSummary> summary(String engagementId) {
        return diagnostics.find(engagementId).map(diagnostic -> new DiagnosticSummary(engagementId,
                diagnostic.planView(),
                diagnostics.interviewsOf(engagementId).stream().map(Interview::view).toList(),
                diagnostic.runsSurvey()
                        ? SurveyResults.of(diagnostics.surveyRepliesOf(engagementId).stream().map(SurveyReply::answers).toList())
                        : null,
                Themes.of(findingsOf(engagementId)),
                diagnostics.findingsOf(engagementId).stream().filter(Finding::isWithdrawn).map(Finding::view).toList(),
                diagnostic.playbackViews()));
    }

    @Override
    public List<FindingView> findingsOf(String engagementId) {
        return current(engagementId).stream().map(Finding::view).toList();
    }

    @Override
    public List<Participant> leadersOffered(String engagementId) {
        return placeLeaders(engagementId).offered();
    }

    @Override
    public void planInterviews(String taskId, InterviewPlan plan) {
        tasks.complete(DiagnosticProcess.PLAN, taskId, plan, (diagnostic, context) -> {
            diagnostic.plan(placeLeaders(diagnostic.engagementId()).chosen(plan.participants()), plan.surveyRun(),
                    context.recorded());
            return Map.of(DiagnosticProcess.SURVEY_RUN, plan.surveyRun());
        });
    }

    @Override
    public void recordInterview(String taskId, InterviewEntry interview) {
        tasks.save(DiagnosticProcess.INTERVIEWS, taskId, interview, (diagnostic, context) ->
                diagnostics.store(diagnostic.recordInterview(interview, team.members(diagnostic.engagementId()),
                        today(context), context.recorded())));
    }

    @Override
    public void finishInterviews(String taskId, InterviewsDone done) {
        tasks.complete(DiagnosticProcess.INTERVIEWS, taskId, done, (diagnostic, context) -> {
            List<String> members = team.members(diagnostic.engagementId());
            eachEntry("interviews", done.interviews(), entry -> diagnostics.store(
                    diagnostic.recordInterview(entry, members, today(context), context.recorded())));
            String user = context.user().id();
            if (done.interviews().isEmpty() && diagnostics.interviewsOf(diagnostic.engagementId()).stream()
                    .noneMatch(interview -> interview.isRecordedBy(user))) {
                throw new InvalidRequestException("interviews", "Record at least one interview or observation before you finish");
            }
            return Map.of();
        });
    }

    @Override
    public void recordSurveyResponse(String taskId, SurveyResponse response) {
        tasks.save(DiagnosticProcess.SURVEY, taskId, response, (diagnostic, context) ->
                diagnostics.store(diagnostic.recordSurveyResponse(response, context.recorded())));
    }

    @Override
    public void finishSurvey(String taskId, SurveyDone done) {
        tasks.complete(DiagnosticProcess.SURVEY, taskId, done, (diagnostic, context) -> {
            eachEntry("responses", done.responses(), response -> diagnostics.store(
                    diagnostic.recordSurveyResponse(response, context.recorded())));
            if (done.responses().isEmpty() && diagnostics.surveyRepliesOf(diagnostic.engagementId()).isEmpty()) {
                throw new InvalidRequestException("responses", "Record at least one response before you finish the survey");
            }
            return Map.of();
        });
    }

    @Override
    public void recordFinding(String taskId, FindingEntry finding) {
        tasks.save(DiagnosticProcess.FINDINGS, taskId, finding, (diagnostic, context) -> diagnostics.store(
                diagnostic.recordFinding(finding, diagnostics.findingsOf(diagnostic.engagementId()).size(), context.recorded())));
    }

    @Override
    public void withdrawFinding(String taskId, FindingWithdrawal withdrawal) {
        tasks.save(DiagnosticProcess.FINDINGS, taskId, withdrawal, (diagnostic, context) ->
                findingOf(diagnostic, withdrawal.findingId(), "findingId").withdraw(context.recorded()));
    }

    @Override
    public void finishFindings(String taskId, FindingsDone done) {
        tasks.complete(DiagnosticProcess.FINDINGS, taskId, done, (diagnostic, context) -> {
            int soFar = diagnostics.findingsOf(diagnostic.engagementId()).size();
            List<Finding> added = new ArrayList<>();
            eachEntry("findings", done.findings(), finding -> {
                Finding made = diagnostic.recordFinding(finding, soFar + added.size(), context.recorded());
                diagnostics.store(made);
                added.add(made);
            });
            eachEntry("withdraw", done.withdraw(), findingId ->
                    findingOf(diagnostic, findingId, "findingId").withdraw(context.recorded()));
            if (current(diagnostic.engagementId()).isEmpty()) {
                throw new InvalidRequestException("findings", "Record at least one finding before you finish");
            }
            return Map.of();
        });
    }

    @Override
    public void playBack(String taskId, PlaybackDecision playback) {
        tasks.complete(DiagnosticProcess.PLAYBACK, taskId, playback, (diagnostic, context) -> {
            diagnostic.playBack(playback, current(diagnostic.engagementId()).size(), today(context),
                    context.recorded());
            return Map.of(DiagnosticProcess.FINDINGS_VALIDATED, playback.validated());
        });
    }

    /** The findings that stand: recorded and not withdrawn. */
    private List<Finding> current(String engagementId) {
        return diagnostics.findingsOf(engagementId).stream().filter(finding -> !finding.isWithdrawn()).toList();
    }

    /**
     * @throws InvalidRequestException on the field if the engagement has no finding of this id
     */
    private Finding findingOf(Diagnostic diagnostic, String findingId, String field) {
        return diagnostics.findingsOf(diagnostic.engagementId()).stream()
                .filter(finding -> finding.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "Select a finding of this engagement to withdraw"));
    }

    private PlaceLeaders placeLeaders(String engagementId) {
        String placeName = intake.summary(engagementId).map(EngagementSummary::placeName).orElse("the place");
        return new PlaceLeaders(placeName, intake.leadersOf(engagementId));
    }

    /** The day it is for the people who work on the engagement: dates they enter are days in the UK. */
    private static LocalDate today(TaskContext context) {
        return LocalDate.ofInstant(context.recorded().at(), GovukFormats.UK);
    }

    /**
     * Records each entry of a list sent to complete a task, with every error named by its place in the
     * list ({@code findings[1].tag}), as Bean Validation names them.
     */
    private static <E> void eachEntry(String list, List<E> entries, Consumer<E> record) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                record.accept(entries.get(i));
            } catch (InvalidRequestException e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> errors.put(list + "[" + index + "]." + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
    }
}
