package org.locus.platform.api.overview;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Open and overdue work, per person (tasks they hold) and per group (tasks offered to it that nobody
 * holds yet), and the overdue tasks themselves, most overdue first.
 */
@Schema(name = "Workload", description = "Open and overdue work per person and per group, and the overdue tasks",
        requiredProperties = {"people", "groups", "overdue"})
public record Workload(@Schema(description = "Per person: the tasks they hold") List<Load> people,
                       @Schema(description = "Per group: the tasks offered to it, held or not") List<Load> groups,
                       @Schema(description = "Tasks past their due date, most overdue first") List<OverdueTask> overdue) {

    public Workload {
        people = List.copyOf(people);
        groups = List.copyOf(groups);
        overdue = List.copyOf(overdue);
    }
}
