package org.locus.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The engagement lead and the enablers (associates), by user id. */
public record TeamAssignment(
        @NotBlank(message = "Select the engagement lead") String lead,
        @NotNull(message = "Select the enablers, or none") List<@NotBlank(message = "Select enablers from the list of staff") String> enablers) {

    public TeamAssignment {
        enablers = enablers == null ? null : List.copyOf(enablers);
    }
}
