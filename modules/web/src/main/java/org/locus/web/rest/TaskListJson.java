package org.locus.web.rest;

import java.util.List;

/**
 * One page of a tasklist.
 *
 * @param first the index of the first task on this page, from 0
 * @param total      how many tasks there are in the list in all, or, when totalExact is false, a number
 *                   the list holds more than (a long list is counted only some way past the page)
 * @param totalExact whether total is the exact count
 * @param next       the cursor to pass as {@code after} for the next page (keyset paging); null on the last page
 */
public record TaskListJson(String scope, int first, int size, long total, boolean totalExact, List<TaskJson> tasks,
                           String next) {
}
