package org.locus.diagnostic.api;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One playback of the findings to the participants, as recorded; every playback is kept. */
@Schema(name = "DiagnosticPlayback", description = "One playback of the findings to the participants; every playback is kept",
        requiredProperties = {"playedBackOn", "validated", "recordedBy", "recordedAt"})
public record PlaybackView(
        @Schema(description = "The day of the playback", example = "2026-12-01") LocalDate playedBackOn,
        @Schema(description = "true if the participants validated the findings, false if they sent them back", example = "false") boolean validated,
        @Schema(description = "What they asked to revise, when they sent them back", nullable = true, example = "Say more about how partners see the council's role.") String revisions,
        @Schema(description = "The user id of who recorded it", example = "priya") String recordedBy,
        @Schema(description = "When it was recorded", example = "2026-12-01T17:00:00Z") Instant recordedAt) {
}
