package org.locus.intake.internal.process;

/**
 * The process variables intake reads and writes, named as in {@code bpmn/intake.bpmn} and
 * {@code bpmn/intake-fit.dmn}. They hold ids and small facts, never entities.
 */
public final class IntakeVariables {

    /** The four Boolean answers of "Assess fit with the remit", the inputs of the intake-fit rule. */
    public static final String TOP_TEAM_INVOLVED = "topTeamInvolved";
    public static final String PLACE_BASED = "placeBased";
    public static final String CAPACITY_AVAILABLE = "capacityAvailable";
    public static final String FUNDING_AVAILABLE = "fundingAvailable";

    /** Set by the business rule task {@code decideFit}: "accept" or "referElsewhere", and the rule's reason. */
    public static final String FIT_RECOMMENDATION = "fitRecommendation";
    public static final String FIT_REASON = "fitReason";

    /** Set by "Confirm fit or refer elsewhere": "accept" or "referElsewhere"; the gateway {@code fitDecided} reads it. */
    public static final String FIT_DECISION = "fitDecision";

    /** Set by "Approve the agreement"; the gateway {@code agreementDecided} reads it. */
    public static final String AGREEMENT_APPROVED = "agreementApproved";

    private IntakeVariables() {
    }
}
