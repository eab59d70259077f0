package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Staff confirm the rule's recommendation or override it. Overriding needs a written reason;
 * referring elsewhere needs the provider named. The service checks both against the recommendation.
 */
@Schema(name = "FitConfirmation", description = "The values of intake/confirmFit, \u201cConfirm fit or refer elsewhere\u201d",
        requiredProperties = {"decision"})
public record FitConfirmation(
        @Schema(description = "Take the work on, or refer the place to another provider", example = "ACCEPT")
        @NotNull(message = "Select whether to take the work on or refer it elsewhere") FitDecision decision,
        @Schema(description = "Why the decision differs from the rule's recommendation; required when it does", maxLength = 4000, nullable = true, example = "Funding is agreed in principle.")
        @Size(max = 4000, message = "Reason must be 4000 characters or fewer") String overrideReason,
        @Schema(description = "The provider the place is referred to; required when referring elsewhere", maxLength = 200, nullable = true, example = "Northern Leadership Trust")
        @Size(max = 200, message = "Provider must be 200 characters or fewer") String referredTo) {
}
