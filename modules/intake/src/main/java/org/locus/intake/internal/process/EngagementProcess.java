package org.locus.intake.internal.process;

import java.util.Map;
import java.util.Set;

/** The process that carries an engagement, and the ids of the user tasks intake owns in it. */
public final class EngagementProcess {

    /** The process id in {@code bpmn/engagement.bpmn}; the business key is the engagement's id. */
    public static final String KEY = "engagement";

    public static final String ASSESS_FIT = "assessFit";
    public static final String CONFIRM_FIT = "confirmFit";
    public static final String SCOPE_ENGAGEMENT = "scopeEngagement";
    public static final String DRAFT_AGREEMENT = "draftAgreement";
    public static final String APPROVE_AGREEMENT = "approveAgreement";
    public static final String ASSIGN_TEAM = "assignTeam";

    /** Intake's user tasks and their names in the diagram, for messages about the wrong task. */
    public static final Map<String, String> INTAKE_TASKS = Map.of(
            ASSESS_FIT, "Assess fit with the remit",
            CONFIRM_FIT, "Confirm fit or refer elsewhere",
            SCOPE_ENGAGEMENT, "Scope the engagement and name the sponsors",
            DRAFT_AGREEMENT, "Draft the agreement and record sign-off",
            APPROVE_AGREEMENT, "Approve the agreement",
            ASSIGN_TEAM, "Assign the lead and enablers");

    public static Set<String> intakeTaskKeys() {
        return INTAKE_TASKS.keySet();
    }

    private EngagementProcess() {
    }
}
