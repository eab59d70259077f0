package org.locus.web.rest;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.diagram.ActivityHeat;

/** One activity's figures over a period. */
@Schema(name = "ActivityHeat", description = "One activity's open tasks now, and the time spent on it by those that finished in the period",
        requiredProperties = {"activityId", "name", "open", "finished"})
public record ActivityHeatJson(
        @Schema(description = "The activity's id in the diagram", example = "assessFit") String activityId,
        @Schema(description = "Its name in the diagram", example = "Assess fit with the remit") String name,
        @Schema(description = "Open tasks on it now (for a stage of the map: the stage's open tasks)", example = "12") long open,
        @Schema(description = "How many finished it in the period", example = "40") long finished,
        @Schema(description = "Mean time spent, in seconds; left out when none finished", nullable = true, example = "86400") Long meanSeconds,
        @Schema(description = "90th percentile of the time spent, in seconds; left out when none finished", nullable = true,
                example = "172800") Long p90Seconds) {

    public static ActivityHeatJson of(ActivityHeat heat) {
        return new ActivityHeatJson(heat.activityId(), heat.name(), heat.open(), heat.finished(), seconds(heat.mean()), seconds(heat.p90()));
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
