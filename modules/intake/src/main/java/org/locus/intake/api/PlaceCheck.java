package org.locus.intake.api;

import java.util.List;

/**
 * What Locus already knows about a place, shown on the first-contact form before it is saved.
 *
 * @param known            whether a place of that name exists
 * @param openEngagements  its engagements that are still open (empty if none)
 */
public record PlaceCheck(String placeName, boolean known, List<EngagementHeadline> openEngagements) {

    public PlaceCheck {
        openEngagements = List.copyOf(openEngagements);
    }

    public boolean hasOpenEngagement() {
        return !openEngagements.isEmpty();
    }
}
