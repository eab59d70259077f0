package org.locus.platform.api.workflow;

import java.util.List;

/**
 * One page of a tasklist and how many tasks there are in all. A long list is counted only some way
 * past the page ({@code totalExact} false): then there are more than {@code total} tasks, since
 * counting tens of thousands of tasks on every page would cost more than the page itself.
 */
public record TaskPage(List<WorkTask> tasks, long total, int first, int size, boolean totalExact) {

    public TaskPage {
        tasks = List.copyOf(tasks);
    }

    /** A page of a list counted to its end. */
    public TaskPage(List<WorkTask> tasks, long total, int first, int size) {
        this(tasks, total, first, size, true);
    }

    public boolean hasNext() {
        return first + tasks.size() < total;
    }

    public boolean hasPrevious() {
        return first > 0;
    }

    /** Where the next page starts, for keyset paging; empty on the last page. */
    public java.util.Optional<TaskCursor> next() {
        return tasks.isEmpty() || tasks.size() < size
                ? java.util.Optional.empty()
                : java.util.Optional.of(TaskCursor.after(tasks.get(tasks.size() - 1)));
    }
}
