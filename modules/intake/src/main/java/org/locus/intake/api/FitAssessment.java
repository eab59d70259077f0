package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's answers to the four questions of the intake-fit rule. */
public record FitAssessment(
        @NotNull(message = "Select whether the top political and managerial team is involved") Boolean topTeamInvolved,
        @NotNull(message = "Select whether the work is place-based") Boolean placeBased,
        @NotNull(message = "Select whether we have capacity to take it on") Boolean capacityAvailable,
        @NotNull(message = "Select whether funding is available") Boolean fundingAvailable,
        @Size(max = 4000, message = "Notes must be 4000 characters or fewer") String notes) {
}
