package org.locus.platform.api.overview;

/** What makes an engagement need a manager's eye; each is a filter of the overview and a tag on its row. */
public enum OverviewFlag {
    OVERDUE("Overdue"),
    SPONSORS_MISSING("Sponsors missing"),
    INCIDENT("Incident"),
    SUSPENDED("Suspended");

    private final String label;

    OverviewFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
