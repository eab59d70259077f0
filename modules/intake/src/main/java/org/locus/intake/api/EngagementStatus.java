package org.locus.intake.api;

/** Where an engagement stands overall. Nothing is deleted: a closed engagement stays readable. */
public enum EngagementStatus {
    OPEN("Open"),
    REFERRED_ELSEWHERE("Referred elsewhere"),
    AGREED("Agreed, team assigned"),
    WITHDRAWN("Withdrawn");

    private final String label;

    EngagementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
