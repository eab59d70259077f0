package org.locus.platform.api.overview;

import java.util.List;

/**
 * Open and overdue work, per person (tasks they hold) and per group (tasks offered to it that nobody
 * holds yet), and the overdue tasks themselves, most overdue first.
 */
public record Workload(List<Load> people, List<Load> groups, List<OverdueTask> overdue) {

    public Workload {
        people = List.copyOf(people);
        groups = List.copyOf(groups);
        overdue = List.copyOf(overdue);
    }
}
