package org.locus.platform.api.overview;

import java.util.List;

/**
 * One page of the overview and how many engagements match. A long list is counted only some way past
 * the page ({@code totalExact} false: there are more than {@code total}), as the tasklist does.
 */
public record OverviewPage(List<OverviewRow> rows, long total, boolean totalExact, int first, int size) {

    public OverviewPage {
        rows = List.copyOf(rows);
    }
}
