package org.locus.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A leader of the place who sponsors the engagement. */
@Schema(name = "SponsorDetails", description = "A leader of the place who sponsors the engagement", requiredProperties = {"name", "jobTitle", "organisation"})
public record SponsorDetails(
        @Schema(maxLength = 200, example = "Cllr Jo Leader")
        @NotBlank(message = "Enter the sponsor's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @Schema(maxLength = 200, example = "Leader of the council")
        @NotBlank(message = "Enter the sponsor's job title") @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
        @Schema(maxLength = 200, example = "Northshire Council")
        @NotBlank(message = "Enter the sponsor's organisation") @Size(max = 200, message = "Organisation must be 200 characters or fewer") String organisation) {
}
