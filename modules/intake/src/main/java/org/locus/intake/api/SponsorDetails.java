package org.locus.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A leader of the place who sponsors the engagement. */
public record SponsorDetails(
        @NotBlank(message = "Enter the sponsor's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the sponsor's job title") @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
        @NotBlank(message = "Enter the sponsor's organisation") @Size(max = 200, message = "Organisation must be 200 characters or fewer") String organisation) {
}
