package org.locus.web.tasklist;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which page of a list is shown, counted from 1, and the page numbers GOV.UK's pagination shows
 * for it: the first, the last, the current one and its neighbours, with an ellipsis (null) for
 * each gap of more than one page.
 *
 * @param page     the page shown, within 1..lastPage whatever was asked for
 * @param lastPage at least 1, so an empty list is one empty page
 */
public record Paging(long total, int size, int page, int lastPage) implements java.io.Serializable {

    public static Paging of(long total, int size, int requestedPage) {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
        int lastPage = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        return new Paging(total, size, Math.max(1, Math.min(requestedPage, lastPage)), lastPage);
    }

    /** A page number from a request parameter: 1 for anything that is not a positive number. */
    public static int pageNumber(String parameter) {
        if (parameter == null || parameter.isBlank() || parameter.length() > 9
                || !parameter.strip().chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(parameter.strip()));
    }

    /** The index of the first row of a page, as the workflow's queries count (from 0). */
    public static int firstIndex(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (Math.max(1, page) - 1) * size);
    }

    public int first() {
        return firstIndex(page, size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < lastPage;
    }

    /** Pagination is only shown when there is more than one page. */
    public boolean isNeeded() {
        return lastPage > 1;
    }

    /** The number of the first row shown, counted from 1 ("Showing 21 to 40 of 57"). */
    public long from() {
        return total == 0 ? 0 : (long) first() + 1;
    }

    public long to() {
        return Math.min(total, (long) first() + size);
    }

    /** Page numbers to link to, in order; null stands for an ellipsis. */
    public List<Integer> items() {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int p : new int[] {1, page - 1, page, page + 1, lastPage}) {
            if (p >= 1 && p <= lastPage) {
                shown.add(p);
            }
        }
        List<Integer> items = new ArrayList<>();
        Integer previous = null;
        for (int p : shown) {
            if (previous != null && p - previous == 2) {
                // An ellipsis would hide a single page: show the page instead.
                items.add(previous + 1);
            } else if (previous != null && p - previous > 2) {
                items.add(null);
            }
            items.add(p);
            previous = p;
        }
        return items;
    }
}
