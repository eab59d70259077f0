package org.locus.platform.api.overview;

import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/**
 * What a manager asks the overview for. Every filter is optional (null: any).
 *
 * @param text  part of the place's name, or the start of a reference, in any case
 * @param lead  the lead's user id
 * @param first how many rows to skip
 * @param size  how many rows to answer
 */
public record OverviewQuery(String text, Stage stage, EngagementStatus status, String lead, OverviewFlag flag,
                            OverviewSort sort, int first, int size) {

    public OverviewQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? OverviewSort.NEWEST : sort;
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("first must be 0 or more and size 1 or more");
        }
    }

    /** The first page of every engagement, newest first. */
    public static OverviewQuery firstPage(int size) {
        return new OverviewQuery("", null, null, null, null, OverviewSort.NEWEST, 0, size);
    }
}
