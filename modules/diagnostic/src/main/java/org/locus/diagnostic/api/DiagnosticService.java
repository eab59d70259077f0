package org.locus.diagnostic.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The diagnostic, "start with what is". Each command runs in one JTA transaction with the engine:
 * the rows it writes and the task it completes commit together or not at all. Task commands take
 * the id of the user task they work on and throw the platform's errors (400 invalid values, field
 * by field; 403 not the user's task; 404 no such task; 409 done, held by someone else, or another task).
 * Other modules read the diagnostic through here, never its tables.
 */
public interface DiagnosticService {

    /** What the diagnostic knows about the engagement; empty for an engagement it has not started. */
    Optional<DiagnosticSummary> summary(String engagementId);

    /** The engagement's findings in the order recorded, without those withdrawn in a revision. */
    List<FindingView> findingsOf(String engagementId);

    /** The place's leaders offered as participants, each with the group they would speak for; empty for an unknown engagement. */
    List<Participant> leadersOffered(String engagementId);

    /** Plans the interviews and completes "Plan the interviews". */
    void planInterviews(String taskId, @NotNull @Valid InterviewPlan plan);

    /** Saves one interview or observation; the interviewer's task stays open. */
    void recordInterview(String taskId, @NotNull @Valid InterviewEntry interview);

    /** Adds any interviews given and completes the interviewer's "Record your interviews and observations". */
    void finishInterviews(String taskId, @NotNull @Valid InterviewsDone done);

    /** Saves one response to the team survey; the task stays open. */
    void recordSurveyResponse(String taskId, @NotNull @Valid SurveyResponse response);

    /** Adds any responses given and completes "Record the team survey". */
    void finishSurvey(String taskId, @NotNull @Valid SurveyDone done);

    /** Saves one finding; the task stays open. */
    void recordFinding(String taskId, @NotNull @Valid FindingEntry finding);

    /** Withdraws a finding (a revision asked for it); it stays in the record. The task stays open. */
    void withdrawFinding(String taskId, @NotNull @Valid FindingWithdrawal withdrawal);

    /** Adds and withdraws any findings given and completes "Synthesise the findings"; at least one finding must remain. */
    void finishFindings(String taskId, @NotNull @Valid FindingsDone done);

    /** Records a playback and completes "Play the findings back": validated ends the diagnostic, sent back returns to the findings. */
    void playBack(String taskId, @NotNull @Valid PlaybackDecision playback);
}
