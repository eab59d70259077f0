package org.locus.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the engagements that match an {@link EngagementSearch}, newest first.
 *
 * @param total how many match in all
 */
@Schema(name = "EngagementResults", description = "A page of the engagements found, newest first",
        requiredProperties = {"engagements", "total"})
public record EngagementResults(
        @Schema(description = "The engagements of this page, newest first") List<EngagementListing> engagements,
        @Schema(description = "How many engagements match in all", example = "42") long total) {

    public EngagementResults {
        engagements = List.copyOf(engagements);
    }
}
