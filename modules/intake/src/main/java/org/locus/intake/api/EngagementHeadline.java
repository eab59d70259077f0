package org.locus.intake.api;

/**
 * The few facts a tasklist row shows about an engagement.
 *
 * @param sponsorsMissing true until both a political and a managerial sponsor are named
 */
public record EngagementHeadline(String engagementId, String reference, String placeName, Stage stage,
                                 EngagementStatus status, boolean sponsorsMissing) {
}
