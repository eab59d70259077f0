package org.locus.platform.api.overview;

/**
 * The managers' overview: every engagement, running or ended, read from the platform's own table
 * (kept in the engine's transaction) and the tasklist's, in a few indexed queries whatever the size.
 */
public interface EngagementOverview {

    /** A page of engagements matching the query, with their open tasks and flags. */
    OverviewPage find(OverviewQuery query);

    /** Open and overdue work per person and per group, and the overdue tasks (at most {@code overdueLimit}). */
    Workload workload(int overdueLimit);
}
