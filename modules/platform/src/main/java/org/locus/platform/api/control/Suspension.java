package org.locus.platform.api.control;

import java.time.Instant;

/** An engagement's suspension while it lasts: who suspended it, when and why. */
public record Suspension(String engagementId, String reason, String by, Instant at) {
}
