package org.locus.platform.api.engagement;

import java.time.Instant;

/**
 * Fired in the engine's transaction when a step of an engagement's process fails for good (a job
 * out of retries): the work is stuck until a manager retries it after a fix.
 *
 * @param activityId the BPMN id of the step that failed
 * @param message    what failed, in the words of the failure
 */
public record IncidentRaised(String engagementId, String incidentId, String activityId, String message, Instant at) {
}
