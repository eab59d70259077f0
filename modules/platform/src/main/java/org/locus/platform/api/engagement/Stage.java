package org.locus.platform.api.engagement;

/**
 * The stages an engagement passes through, in order. The map ({@code bpmn/engagement.bpmn}) names
 * the stage each call activity enters, so the stage moves with the process and no module moves it.
 */
public enum Stage {
    FIRST_CONTACT("First contact"),
    INTAKE("Intake"),
    DIAGNOSTIC("Diagnostic"),
    INTERVENTION("Intervention"),
    EVALUATION("Evaluation"),
    LEGACY_REVIEW("Legacy review");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
