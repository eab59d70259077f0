package org.locus.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The engagement lead and the enablers (associates), by user id. */
@Schema(name = "TeamAssignment", description = "The values of intake/assignTeam, \u201cAssign the lead and enablers\u201d",
        requiredProperties = {"lead", "enablers"})
public record TeamAssignment(
        @Schema(description = "The lead's user id, one of the staff", example = "priya")
        @NotBlank(message = "Select the engagement lead") String lead,
        @Schema(description = "The enablers' user ids, staff other than the lead; empty for none", example = "[\"sam\"]")
        @NotNull(message = "Select the enablers, or none") List<@NotBlank(message = "Select enablers from the list of staff") String> enablers) {

    public TeamAssignment {
        enablers = enablers == null ? null : List.copyOf(enablers);
    }
}
