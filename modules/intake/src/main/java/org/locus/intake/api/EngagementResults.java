package org.locus.intake.api;

import java.util.List;

/**
 * A page of the engagements that match an {@link EngagementSearch}, newest first.
 *
 * @param total how many match in all
 */
public record EngagementResults(List<EngagementListing> engagements, long total) {

    public EngagementResults {
        engagements = List.copyOf(engagements);
    }
}
