package org.locus.diagnostic.api;

/** How the evidence was gathered: talking with participants, or watching them at work (a meeting, a board). */
public enum InterviewKind {
    INTERVIEW("Interview"),
    OBSERVATION("Observation");

    private final String label;

    InterviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
