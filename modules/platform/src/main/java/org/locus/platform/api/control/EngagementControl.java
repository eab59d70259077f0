package org.locus.platform.api.control;

import java.util.List;
import java.util.Optional;

/**
 * A manager's control over any engagement's work, for every stage alike: it acts on the engine's
 * process instances of the engagement (the map and the stage it calls), never on a stage's own
 * rows. Every change is one transaction with its record in {@code engagement_action} (who, when,
 * why, before and after); a refusal leaves nothing behind.
 *
 * <p>Every changing method checks the caller's role itself: managers only, except that the
 * engagement's lead may also withdraw it. Auditors are always refused.
 */
public interface EngagementControl {

    /**
     * Gives an open task to another person in one of its candidate groups.
     *
     * @throws org.locus.platform.api.error.InvalidRequestException 400: no such person, or not in the task's groups
     * @throws org.locus.platform.api.error.ForbiddenException      403: the caller is not a manager
     * @throws org.locus.platform.api.error.NotFoundException       404: no task ever had this id
     * @throws org.locus.platform.api.error.ConflictException       409: completed, suspended, or held by someone other than
     *                                                              {@code expectedAssignee} (another manager got there first)
     */
    void reassign(String taskId, Reassignment reassignment);

    /** Suspends every process instance of the engagement: nobody may claim or complete its tasks until it is resumed. */
    void suspend(String engagementId, ActionReason reason);

    void resume(String engagementId, ActionReason reason);

    /**
     * Records that the place withdrew: the map's "Place withdrew" event sub-process ends the engagement
     * as withdrawn, cancelling the running stage and its open tasks. Managers and the engagement's lead.
     *
     * @throws org.locus.platform.api.error.ConflictException 409: suspended (resume it first) or already ended
     */
    void withdraw(String engagementId, ActionReason reason);

    /** The suspension of an engagement while it lasts: for the pages, which say so and offer "Resume". */
    Optional<Suspension> suspension(String engagementId);

    /** Whether the current caller may withdraw the engagement (a manager, or its lead), for the pages' links. */
    boolean mayWithdraw(String engagementId);

    /** Open incidents (steps that failed for good), newest first, with their engagement's reference and place. */
    List<OpenIncident> openIncidents();

    /** Runs the failed step again after a fix (its job gets one more try; the job executor runs it). Managers only. */
    void retry(String incidentId);
}
