package org.locus.diagnostic.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Play the findings back": when the findings were played back to the participants, and whether
 * they validated them or sent them back, saying what to revise.
 */
@Schema(name = "PlaybackDecision", description = "The values of diagnostic/playBackFindings, \u201cPlay the findings back\u201d: the date, and whether the participants validated the findings or sent them back with what to revise",
        requiredProperties = {"playedBackOn", "validated"})
public record PlaybackDecision(
        @Schema(description = "The day the findings were played back, today or earlier", example = "2026-12-01")
        @NotNull(message = "Enter the date the findings were played back") LocalDate playedBackOn,
        @Schema(description = "true if the participants validated the findings, false if they sent them back", example = "false")
        @NotNull(message = "Select whether the participants validated the findings") Boolean validated,
        @Schema(description = "What the participants asked to revise; needed when they sent the findings back", maxLength = 4000, nullable = true,
                example = "Say more about how partners see the council's role.")
        @Size(max = 4000, message = "What to revise must be 4000 characters or fewer") String revisions) {
}
