package org.locus.platform.api.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a manager suspends, resumes or withdraws an engagement: recorded with who and when. */
@Schema(name = "ActionReason", description = "Why, in the words of whoever acts", requiredProperties = "reason")
public record ActionReason(
        @Schema(description = "Why, in the words of whoever acts", example = "The council is in pre-election period")
        @NotBlank(message = "Enter the reason") @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason) {
}
