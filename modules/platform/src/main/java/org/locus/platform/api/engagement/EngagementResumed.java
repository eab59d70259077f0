package org.locus.platform.api.engagement;

import java.time.Instant;

/**
 * Fired in the engine's transaction when a manager resumes a suspended engagement.
 *
 * @param by     the user id of the manager who resumed it
 * @param reason why, in the manager's words
 */
public record EngagementResumed(String engagementId, String by, String reason, Instant at) {
}
