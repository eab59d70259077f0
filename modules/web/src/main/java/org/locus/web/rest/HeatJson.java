package org.locus.web.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.diagram.ProcessHeat;

/** A process's heat over a period. */
@Schema(name = "ProcessHeat", description = "Open tasks and time spent on each activity of a process over a period (both days included)",
        requiredProperties = {"processKey", "definitionId", "from", "to", "activities"})
public record HeatJson(
        @Schema(description = "The process's key", example = "intake") String processKey,
        @Schema(description = "Its latest definition, whose diagram the activities are on", example = "intake:3:6ff13767-edc7-11f1-86e7-02fc00000001")
        String definitionId,
        @Schema(description = "Its name", nullable = true, example = "Intake") String name,
        @Schema(description = "The first day of the period", example = "2026-11-08") LocalDate from,
        @Schema(description = "The last day of the period", example = "2026-12-07") LocalDate to,
        @Schema(description = "Each activity with open tasks or finished in the period, in the diagram's order") List<ActivityHeatJson> activities) {

    public static HeatJson of(ProcessHeat heat, LocalDate from, LocalDate to) {
        return new HeatJson(heat.diagram().key(), heat.diagram().definitionId(), heat.diagram().name(), from, to,
                heat.activities().stream().map(ActivityHeatJson::of).toList());
    }
}
