package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manager approves the agreement or returns it; a return needs a reason. */
public record AgreementDecision(
        @NotNull(message = "Select whether to approve the agreement or return it") Boolean approved,
        @Size(max = 4000, message = "Reason must be 4000 characters or fewer") String returnReason) {
}
