package org.locus.diagnostic.api;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Takes a finding out of those played back, when the participants asked for it to be revised; it stays in the record. */
@Schema(name = "FindingWithdrawal", description = "A finding to withdraw while synthesising the findings", requiredProperties = "findingId")
public record FindingWithdrawal(
        @Schema(description = "The finding's id, as the diagnostic's summary gives it", example = "6d1c3f2a-2b0e-4b8f-a6f3-3c9e2d7b1a22")
        @NotBlank(message = "Select the finding to withdraw") String findingId) {
}
