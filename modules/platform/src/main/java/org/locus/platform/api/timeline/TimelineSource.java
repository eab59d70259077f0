package org.locus.platform.api.timeline;

import java.util.List;

/**
 * One kind of record an engagement's timeline is made from (the engine's task history, the forms' values, the
 * decisions, managers' actions, incidents, stage changes, Locus's audit log). A CDI bean; the timeline finds
 * every one and asks each once per timeline, so each source must read its records in a fixed number of queries,
 * never one per entry.
 */
public interface TimelineSource {

    /** Every entry this source knows of the engagement, in any order. */
    List<TimelineEntry> entriesOf(EngagementHistory engagement);
}
