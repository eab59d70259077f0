package org.locus.platform.api.engagement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The few facts a tasklist row shows about an engagement.
 *
 * @param sponsorsMissing true until both a political and a managerial sponsor are named
 * @param lead            the user id of the engagement's lead, null until a team is assigned
 */
@Schema(name = "EngagementHeadline", description = "The few facts a tasklist row shows about an engagement",
        requiredProperties = {"engagementId", "reference", "placeName", "stage", "status", "sponsorsMissing"})
public record EngagementHeadline(@Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
                                 @Schema(description = "Its reference", example = "ENG-2026-0001") String reference,
                                 @Schema(description = "The place", example = "Northshire") String placeName,
                                 @Schema(description = "The stage it is in", example = "INTAKE") Stage stage,
                                 @Schema(description = "Where it stands overall", example = "OPEN") EngagementStatus status,
                                 @Schema(description = "True until both a political and a managerial sponsor are named", example = "true") boolean sponsorsMissing,
                                 @Schema(description = "The lead's user id, absent until a team is assigned", example = "sam") String lead) {
}
