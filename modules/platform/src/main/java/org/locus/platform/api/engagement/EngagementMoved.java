package org.locus.platform.api.engagement;

import java.time.Instant;

/**
 * Fired in the engine's transaction when the map enters a stage or ends: the one way an
 * engagement's stage and status change. The module that keeps the engagement's record observes it.
 *
 * @param stage  the stage entered, or the stage it ended in
 * @param status {@link EngagementStatus#OPEN} on entering a stage, how it ended at an end event
 */
public record EngagementMoved(String engagementId, Stage stage, EngagementStatus status, Instant at) {
}
