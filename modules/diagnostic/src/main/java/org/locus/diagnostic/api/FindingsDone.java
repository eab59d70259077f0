package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completes "Synthesise the findings", adding the findings given here; at least one finding must exist once it is done. */
@Schema(name = "FindingsDone", description = "The values of diagnostic/synthesiseFindings, \u201cSynthesise the findings\u201d: any findings still to add to those saved one at a time, and any to withdraw",
        requiredProperties = "findings")
public record FindingsDone(
        @Schema(description = "Findings to add; an empty list when they were saved one at a time", example = "[]")
        @NotNull(message = "List the findings to add, or none") List<@Valid FindingEntry> findings,
        @Schema(description = "The ids of findings to withdraw, as a revision asked; they stay in the record", nullable = true,
                example = "[\"6d1c3f2a-2b0e-4b8f-a6f3-3c9e2d7b1a22\"]")
        List<@NotBlank(message = "Select the findings to withdraw by their ids") String> withdraw) {

    public FindingsDone {
        findings = findings == null ? null : List.copyOf(findings);
        withdraw = withdraw == null ? List.of() : List.copyOf(withdraw);
    }
}
