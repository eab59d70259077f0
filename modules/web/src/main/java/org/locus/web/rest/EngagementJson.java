package org.locus.web.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/** The engagement a task belongs to, in a tasklist row. Null fields when intake does not know it. */
@Schema(name = "TaskEngagement", description = "The engagement a task belongs to; only id when intake does not know it",
        requiredProperties = {"id", "sponsorsMissing"})
public record EngagementJson(
        @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String id,
        @Schema(description = "Its reference", nullable = true, example = "ENG-2026-0001") String reference,
        @Schema(description = "The place", nullable = true, example = "Northshire") String placeName,
        @Schema(description = "The stage it is in", nullable = true, example = "INTAKE") Stage stage,
        @Schema(description = "Where it stands overall", nullable = true, example = "OPEN") EngagementStatus status,
        @Schema(description = "True until both sponsors are named", example = "true") boolean sponsorsMissing) {

    static EngagementJson of(String id, EngagementHeadline headline) {
        if (headline == null) {
            return new EngagementJson(id, null, null, null, null, false);
        }
        return new EngagementJson(headline.engagementId(), headline.reference(), headline.placeName(),
                headline.stage(), headline.status(), headline.sponsorsMissing());
    }
}
