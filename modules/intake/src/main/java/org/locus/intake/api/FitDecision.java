package org.locus.intake.api;

/** The outcome of intake fit, as the intake-fit rule recommends it and as staff confirm it. */
public enum FitDecision {
    ACCEPT("accept"),
    REFER_ELSEWHERE("referElsewhere");

    private final String processValue;

    FitDecision(String processValue) {
        this.processValue = processValue;
    }

    /** The value the BPMN gateway and the DMN table use. */
    public String processValue() {
        return processValue;
    }

    public static FitDecision fromProcessValue(String value) {
        for (FitDecision decision : values()) {
            if (decision.processValue.equals(value)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("Unknown fit decision: " + value);
    }
}
