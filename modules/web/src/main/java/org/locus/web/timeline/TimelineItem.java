package org.locus.web.timeline;

import java.time.Instant;
import java.util.List;

import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.timeline.TimelineEntry;

/**
 * One entry as the page shows it, in the MOJ timeline pattern: its title, who did it by name, when, and its details.
 *
 * @param by the person's name and user id, or null when the system did it
 */
public record TimelineItem(String title, String kind, String by, Instant at, List<TimelineEntry.Detail> details) {

    public String when() {
        return GovukFormats.dateTime(at);
    }

    /** The machine-readable time of the {@code <time>} element. */
    public String datetime() {
        return at.toString();
    }
}
