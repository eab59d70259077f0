package org.locus.intake.api;

/** The stages an engagement passes through, in order. */
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
