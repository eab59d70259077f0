package org.locus.intake.api;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scoping conversation names the sponsors. Either may be saved alone (the engagement stays
 * flagged); the scoping task completes only with both.
 */
@Schema(name = "Scoping", description = "The values of intake/scopeEngagement, \u201cScope the engagement and name the sponsors\u201d: "
        + "over the API both sponsors complete it", requiredProperties = {"politicalSponsor", "managerialSponsor"})
public record Scoping(
        @Schema(description = "The political sponsor, such as the leader of the council") @Valid SponsorDetails politicalSponsor,
        @Schema(description = "The managerial sponsor, such as the chief executive") @Valid SponsorDetails managerialSponsor) {

    public boolean hasBothSponsors() {
        return politicalSponsor != null && managerialSponsor != null;
    }
}
