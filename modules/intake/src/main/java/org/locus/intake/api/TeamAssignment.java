package org.locus.intake.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The engagement lead and the enablers (associates), by user id. */
public record TeamAssignment(
        @NotBlank(message = "Select the engagement lead") String lead,
        @NotNull List<@NotBlank String> enablers) {

    public TeamAssignment {
        enablers = enablers == null ? null : List.copyOf(enablers);
    }
}
