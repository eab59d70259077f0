package org.locus.platform.api.overview;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One open task of an engagement as the overview shows it. */
@Schema(name = "OverviewTask", description = "An open task of the engagement",
        requiredProperties = {"taskId", "name", "overdue"})
public record OverviewTask(@Schema(description = "The task's id", example = "5b1c7f0e-2c1d-11f1-9a1b-0242ac120002") String taskId,
                           @Schema(description = "What is to be done", example = "Assess fit with the remit") String name,
                           @Schema(description = "Who holds it, absent while it is offered to a group", example = "sam") String assignee,
                           @Schema(description = "When it falls due", example = "2026-12-12T09:00:00Z") Instant due,
                           @Schema(description = "Whether it is past its due date", example = "false") boolean overdue) {
}
