package org.locus.intake.api;

import java.time.Instant;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One engagement in a list of search results: its headline and when it was opened. */
@Schema(name = "EngagementListing", description = "One engagement found: its headline and when it was opened",
        requiredProperties = {"headline", "openedAt"})
public record EngagementListing(
        @Schema(description = "The engagement's headline") EngagementHeadline headline,
        @Schema(description = "When the first contact was logged", example = "2026-11-27T10:15:30Z") Instant openedAt) {
}
