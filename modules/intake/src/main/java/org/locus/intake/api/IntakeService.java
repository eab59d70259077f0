package org.locus.intake.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Intake: from first contact to an agreed engagement with its team. Each command runs in one JTA
 * transaction with the engine: the rows it writes and the task it completes commit together or not at all.
 * Task commands take the id of the user task they complete and throw the platform's errors
 * (400 invalid values, 403 not the user's task, 404 no such task, 409 completed or held by someone else).
 */
public interface IntakeService {

    /** Records a first contact and starts its engagement; returns the engagement's id. */
    String logFirstContact(@NotNull @Valid FirstContact contact);

    /** Whether a place is known already and has open engagements, before a first contact is saved. */
    PlaceCheck checkPlace(String placeName);

    Optional<EngagementSummary> summary(String engagementId);

    /** Engagements open or ended, found by place or reference and status, newest first, a page at a time. */
    EngagementResults find(@NotNull @Valid EngagementSearch search);

    /**
     * The leaders known in the engagement's place, the first contact first, then by name; empty for
     * an unknown engagement.
     */
    List<KnownLeader> leadersOf(String engagementId);

    void assessFit(String taskId, @NotNull @Valid FitAssessment assessment);

    void confirmFit(String taskId, @NotNull @Valid FitConfirmation confirmation);

    /** Saves the sponsors named so far without completing the scoping task. */
    void saveSponsors(String taskId, @NotNull @Valid Scoping scoping);

    /** Saves the sponsors and completes scoping; both sponsors are required. */
    void completeScoping(String taskId, @NotNull @Valid Scoping scoping);

    void draftAgreement(String taskId, @NotNull @Valid AgreementDraft draft);

    void decideAgreement(String taskId, @NotNull @Valid AgreementDecision decision);

    void assignTeam(String taskId, @NotNull @Valid TeamAssignment assignment);
}
