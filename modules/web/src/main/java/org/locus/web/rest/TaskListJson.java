package org.locus.web.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a tasklist.
 *
 * @param first the index of the first task on this page, from 0
 * @param total      how many tasks there are in the list in all, or, when totalExact is false, a number
 *                   the list holds more than (a long list is counted only some way past the page)
 * @param totalExact whether total is the exact count
 * @param next       the cursor to pass as {@code after} for the next page (keyset paging); null on the last page
 */
@Schema(name = "TaskListJson", description = "One page of a tasklist",
        requiredProperties = {"scope", "first", "size", "total", "totalExact", "tasks"})
public record TaskListJson(
        @Schema(description = "Whose tasks: the caller's own or their groups'", enumeration = {"mine", "groups"}, example = "groups") String scope,
        @Schema(description = "The index of the first task on this page, from 0", example = "0") int first,
        @Schema(description = "Tasks on a page", example = "20") int size,
        @Schema(description = "How many tasks the list holds, or (totalExact false) a number it holds more than", example = "24") long total,
        @Schema(description = "Whether total is the exact count", example = "true") boolean totalExact,
        @Schema(description = "The tasks on this page") List<TaskJson> tasks,
        @Schema(description = "The cursor to pass as after for the next page; left out on the last page", nullable = true,
                example = "MjAyNi0xMi0wMVQyMDo0MDoyNS43NTVafDZmZjEzNzY3") String next) {
}
