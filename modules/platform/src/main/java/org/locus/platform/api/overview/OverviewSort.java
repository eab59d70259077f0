package org.locus.platform.api.overview;

/** The orders the overview can be read in; each has an index of its own. */
public enum OverviewSort {
    NEWEST("Newest first"),
    OLDEST("Oldest first"),
    PLACE("Place, A to Z"),
    REFERENCE("Reference"),
    STAGE("Stage, earliest first");

    private final String label;

    OverviewSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
