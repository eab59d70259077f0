package org.locus.intake.api;

import java.util.List;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What Locus already knows about a place, shown on the first-contact form before it is saved.
 *
 * @param known            whether a place of that name exists
 * @param openEngagements  its engagements that are still open (empty if none)
 */
@Schema(name = "PlaceCheck", description = "What Locus already knows about a place", requiredProperties = {"placeName", "known", "openEngagements"})
public record PlaceCheck(@Schema(description = "The name asked about", example = "Northshire") String placeName,
                         @Schema(description = "Whether a place of that name (any case or spacing) exists", example = "true") boolean known,
                         @Schema(description = "Its engagements that are still open; empty if none") List<EngagementHeadline> openEngagements) {

    public PlaceCheck {
        openEngagements = List.copyOf(openEngagements);
    }

    public boolean hasOpenEngagement() {
        return !openEngagements.isEmpty();
    }
}
