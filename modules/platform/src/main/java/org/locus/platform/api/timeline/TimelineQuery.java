package org.locus.platform.api.timeline;

import org.locus.platform.api.error.InvalidRequestException;

/**
 * Which entries of a timeline to show.
 *
 * @param kind   only this kind; null for every kind
 * @param person only entries by this user id; null for everyone
 * @param page   counted from 1
 * @param size   entries a page, 1 to {@value #MAX_SIZE}
 */
public record TimelineQuery(TimelineKind kind, String person, int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public TimelineQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        if (page < 1) {
            throw new InvalidRequestException("page", "Page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "Size must be from 1 to " + MAX_SIZE);
        }
    }

    public static TimelineQuery everything() {
        return new TimelineQuery(null, null, 1, DEFAULT_SIZE);
    }

    /** Whether an entry passes the filters. */
    public boolean matches(TimelineEntry entry) {
        return (kind == null || kind == entry.kind()) && (person == null || person.equals(entry.person()));
    }
}
