package org.locus.platform.api.timeline;

/**
 * The engagement a timeline is asked for, handed to every source once. Each source finds the engagement's
 * records itself, by this id (the business key of the map's process instance and of every stage's called
 * instance), in a fixed number of queries whatever their count.
 */
public record EngagementHistory(String engagementId) {
}
