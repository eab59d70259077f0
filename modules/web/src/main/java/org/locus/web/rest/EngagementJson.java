package org.locus.web.rest;

import org.locus.intake.api.EngagementHeadline;
import org.locus.intake.api.EngagementStatus;
import org.locus.intake.api.Stage;

/** The engagement a task belongs to, in a tasklist row. Null fields when intake does not know it. */
public record EngagementJson(String id, String reference, String placeName, Stage stage, EngagementStatus status,
                             boolean sponsorsMissing) {

    static EngagementJson of(String id, EngagementHeadline headline) {
        if (headline == null) {
            return new EngagementJson(id, null, null, null, null, false);
        }
        return new EngagementJson(headline.engagementId(), headline.reference(), headline.placeName(),
                headline.stage(), headline.status(), headline.sponsorsMissing());
    }
}
