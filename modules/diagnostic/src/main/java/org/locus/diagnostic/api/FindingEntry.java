package org.locus.diagnostic.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of the diagnostic: what was found, its one tag, and the theme it belongs to if any. */
@Schema(name = "FindingEntry", description = "One finding: what was found, exactly one tag, and optionally the theme it belongs to",
        requiredProperties = {"text", "tag"})
public record FindingEntry(
        @Schema(description = "What was found", maxLength = 4000, example = "Cabinet and the top team describe the same priorities in different words.")
        @NotBlank(message = "Enter the finding")
        @Size(max = 4000, message = "The finding must be 4000 characters or fewer") String text,
        @Schema(description = "What the finding is about", example = "DISSONANCE")
        @NotNull(message = "Select a tag for the finding") FindingTag tag,
        @Schema(description = "A short name for the theme it belongs to; findings of one theme are shown together", maxLength = 100, nullable = true, example = "Shared ambition")
        @Size(max = 100, message = "The theme must be 100 characters or fewer") String theme) {
}
