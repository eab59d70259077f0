package org.locus.platform.api.engagement;

/**
 * Where an engagement stands overall. The map's end events set it: an engagement is open from
 * first contact until the map ends it. Nothing is deleted: an ended engagement stays readable.
 */
public enum EngagementStatus {
    OPEN("Open"),
    REFERRED_ELSEWHERE("Referred elsewhere"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    EngagementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
