package org.locus.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manager approves the agreement or returns it; a return needs a reason. */
@Schema(name = "AgreementDecision", description = "The values of intake/approveAgreement, \u201cApprove the agreement\u201d",
        requiredProperties = {"approved"})
public record AgreementDecision(
        @Schema(description = "Approve the agreement (true) or return it for redrafting (false)", example = "true")
        @NotNull(message = "Select whether to approve the agreement or return it") Boolean approved,
        @Schema(description = "Why it is returned; required when it is", maxLength = 4000, nullable = true, example = "Name the funding source.")
        @Size(max = 4000, message = "Reason must be 4000 characters or fewer") String returnReason) {
}
