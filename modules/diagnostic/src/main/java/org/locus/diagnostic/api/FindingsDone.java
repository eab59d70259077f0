package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completes "Synthesise the findings", adding the findings given here; at least one finding must exist once it is done. */
@Schema(name = "FindingsDone", description = "Completes \u201cSynthesise the findings\u201d, with any findings still to add",
        requiredProperties = "findings")
public record FindingsDone(
        @Schema(description = "Findings to add; an empty list when they were saved one at a time", example = "[]")
        @NotNull(message = "List the findings to add, or none") List<@Valid FindingEntry> findings) {

    public FindingsDone {
        findings = findings == null ? null : List.copyOf(findings);
    }
}
