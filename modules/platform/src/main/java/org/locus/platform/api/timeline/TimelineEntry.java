package org.locus.platform.api.timeline;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to an engagement.
 *
 * @param at      when it happened
 * @param person  the user id of who did it; null when the system did (a decision, a stage change, an incident)
 * @param title   what happened, in a sentence a person reads ("Completed \u201cAssess fit with the remit\u201d")
 * @param details what goes with it, in order: the values of a form under their labels, a decision's inputs and
 *                outputs, a reason
 */
public record TimelineEntry(Instant at, TimelineKind kind, String person, String title, List<Detail> details) {

    public TimelineEntry {
        details = List.copyOf(details);
    }

    public TimelineEntry(Instant at, TimelineKind kind, String person, String title) {
        this(at, kind, person, title, List.of());
    }

    /** A label and its value, both as a person reads them. */
    public record Detail(String label, String value) {
    }
}
