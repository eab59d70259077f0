package org.locus.diagnostic.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as recorded: what other modules read of the diagnostic (the intervention is designed from them). */
@Schema(name = "DiagnosticFinding", description = "A finding as recorded, with its tag and theme",
        requiredProperties = {"id", "text", "tag", "recordedBy", "recordedAt"})
public record FindingView(
        @Schema(description = "Its id", example = "6d1c3f2a-2b0e-4b8f-a6f3-3c9e2d7b1a22") String id,
        @Schema(description = "What was found", example = "Cabinet and the top team describe the same priorities in different words.") String text,
        @Schema(description = "What it is about", example = "DISSONANCE") FindingTag tag,
        @Schema(description = "The theme it belongs to, if any", nullable = true, example = "Shared ambition") String theme,
        @Schema(description = "The user id of who recorded it", example = "priya") String recordedBy,
        @Schema(description = "When it was recorded", example = "2026-12-01T10:00:00Z") Instant recordedAt) {
}
