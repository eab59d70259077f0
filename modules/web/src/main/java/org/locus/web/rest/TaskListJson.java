package org.locus.web.rest;

import java.util.List;

/**
 * One page of a tasklist.
 *
 * @param first the index of the first task on this page, from 0
 * @param total how many tasks there are in the list in all
 */
public record TaskListJson(String scope, int first, int size, long total, List<TaskJson> tasks) {
}
