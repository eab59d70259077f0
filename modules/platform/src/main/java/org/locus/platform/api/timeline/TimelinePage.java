package org.locus.platform.api.timeline;

import java.util.List;

/**
 * A page of an engagement's timeline, oldest first.
 *
 * @param entries the entries of this page
 * @param total   how many entries pass the filters, on every page
 * @param page    the page shown (the last page when a later one was asked for)
 * @param people  the user id of everyone who did something in the engagement, for the person filter, sorted
 */
public record TimelinePage(String engagementId, List<TimelineEntry> entries, long total, int page, int size,
                           List<String> people) {

    public TimelinePage {
        entries = List.copyOf(entries);
        people = List.copyOf(people);
    }
}
