package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's answers to the four questions of the intake-fit rule. */
@Schema(name = "FitAssessment", description = "The values of intake/assessFit, \u201cAssess fit with the remit\u201d: the four answers the intake-fit rule takes",
        requiredProperties = {"topTeamInvolved", "placeBased", "capacityAvailable", "fundingAvailable"})
public record FitAssessment(
        @Schema(description = "Is the top political and managerial team of the place involved?", example = "true")
        @NotNull(message = "Select whether the top political and managerial team is involved") Boolean topTeamInvolved,
        @Schema(description = "Is the work about the place and its partners, not a single organisation?", example = "true")
        @NotNull(message = "Select whether the work is place-based") Boolean placeBased,
        @Schema(description = "Has the centre the capacity to take it on now?", example = "true")
        @NotNull(message = "Select whether we have capacity to take it on") Boolean capacityAvailable,
        @Schema(description = "Is funding available for the work?", example = "false")
        @NotNull(message = "Select whether funding is available") Boolean fundingAvailable,
        @Schema(description = "Anything the next person should know about these answers", maxLength = 4000, nullable = true, example = "Funding is being sought from the LGA.")
        @Size(max = 4000, message = "Notes must be 4000 characters or fewer") String notes) {
}
