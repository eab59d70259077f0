package org.locus.platform.api.engagement;

import java.time.Instant;

/**
 * Fired in the engine's transaction when a manager suspends an engagement: its tasks cannot be
 * completed until it is resumed. Read models (the overview, the tasklist) observe it.
 *
 * @param by     the user id of the manager who suspended it
 * @param reason why, in the manager's words
 */
public record EngagementSuspended(String engagementId, String by, String reason, Instant at) {
}
