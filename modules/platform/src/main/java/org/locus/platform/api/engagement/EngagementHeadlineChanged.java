package org.locus.platform.api.engagement;

import java.time.Instant;

/**
 * Fired, in the transaction that made the change, by the module that keeps the engagement's record
 * (intake) whenever its headline changes: opened at first contact, sponsors named, a lead assigned, a
 * move on the map recorded. Read models that show the headline beside the engine's facts (the
 * managers' overview) observe it, so they never read another module's tables.
 *
 * @param headline the headline as it now stands
 * @param openedAt when the engagement was opened (first contact)
 */
public record EngagementHeadlineChanged(EngagementHeadline headline, Instant openedAt) {
}
