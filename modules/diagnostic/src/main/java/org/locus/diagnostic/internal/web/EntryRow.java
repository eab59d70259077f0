package org.locus.diagnostic.internal.web;

import java.util.List;

/**
 * One row of a table of entries saved so far, as the page shows it (dates and names written out),
 * with the column headings' words in the page. The page reads it with {@code #{row.cells()}}.
 */
public record EntryRow(List<String> cells) {

    public EntryRow {
        cells = List.copyOf(cells);
    }

    static EntryRow of(String... cells) {
        return new EntryRow(List.of(cells));
    }
}
