package org.locus.web.engagement;

import java.util.List;

/**
 * One part of an engagement's summary page: a heading and a GOV.UK summary list, or a sentence
 * saying that part has not happened yet.
 *
 * @param id        the id of the summary list on the page, such as {@code fit}
 * @param emptyText what to say instead of rows, such as "Not assessed yet"
 */
public record Section(String id, String title, List<Entry> rows, String emptyText) {

    public Section {
        rows = List.copyOf(rows);
    }

    /** One row of a summary list; a value that is not known yet shows as "Not given". */
    public record Entry(String key, String value) {

        public Entry {
            value = value == null || value.isBlank() ? "Not given" : value;
        }
    }
}
