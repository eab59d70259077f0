package org.locus.intake.internal.process;

import org.locus.platform.api.workflow.UserTaskKey;

/**
 * Intake's diagram ({@code bpmn/intake.bpmn}), which the map calls as its first stage, and its
 * user tasks. The business key is the engagement's id.
 */
public final class IntakeProcess {

    /** The process id in {@code bpmn/intake.bpmn}. */
    public static final String KEY = "intake";

    public static final UserTaskKey ASSESS_FIT = task("assessFit");
    public static final UserTaskKey CONFIRM_FIT = task("confirmFit");
    public static final UserTaskKey SCOPE_ENGAGEMENT = task("scopeEngagement");
    public static final UserTaskKey DRAFT_AGREEMENT = task("draftAgreement");
    public static final UserTaskKey APPROVE_AGREEMENT = task("approveAgreement");
    public static final UserTaskKey ASSIGN_TEAM = task("assignTeam");

    private static UserTaskKey task(String id) {
        return new UserTaskKey(KEY, id);
    }

    private IntakeProcess() {
    }
}
