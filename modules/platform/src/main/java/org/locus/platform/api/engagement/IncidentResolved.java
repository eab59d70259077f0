package org.locus.platform.api.engagement;

import java.time.Instant;

/** Fired in the engine's transaction when an incident of an engagement is resolved (a retry succeeded) or deleted with its process. */
public record IncidentResolved(String engagementId, String incidentId, Instant at) {
}
