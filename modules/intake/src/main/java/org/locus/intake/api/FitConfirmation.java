package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff confirm the rule's recommendation or override it. Overriding needs a written reason;
 * referring elsewhere needs the provider named. The service checks both against the recommendation.
 */
public record FitConfirmation(
        @NotNull(message = "Select whether to take the work on or refer it elsewhere") FitDecision decision,
        @Size(max = 4000, message = "Reason must be 4000 characters or fewer") String overrideReason,
        @Size(max = 200, message = "Provider must be 200 characters or fewer") String referredTo) {
}
