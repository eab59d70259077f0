package org.locus.platform.api.workflow;

import java.util.List;

/** One page of a tasklist and how many tasks there are in all. */
public record TaskPage(List<WorkTask> tasks, long total, int first, int size) {

    public TaskPage {
        tasks = List.copyOf(tasks);
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
