package org.locus.intake.api;

import java.time.Instant;

/** One engagement in a list of search results: its headline and when it was opened. */
public record EngagementListing(EngagementHeadline headline, Instant openedAt) {
}
