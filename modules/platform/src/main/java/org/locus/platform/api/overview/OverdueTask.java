package org.locus.platform.api.overview;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task past its due date, with the engagement it belongs to. */
@Schema(name = "OverdueTask", description = "A task past its due date",
        requiredProperties = {"taskId", "name", "engagementId", "due", "daysOverdue"})
public record OverdueTask(@Schema(description = "The task's id", example = "5b1c7f0e-2c1d-11f1-9a1b-0242ac120002") String taskId,
                          @Schema(description = "What is to be done", example = "Assess fit with the remit") String name,
                          @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
                          @Schema(description = "Its reference", example = "ENG-2026-0001") String reference,
                          @Schema(description = "The place", example = "Northshire") String placeName,
                          @Schema(description = "Who holds it, absent while it is offered to a group", example = "sam") String assignee,
                          @Schema(description = "When it fell due", example = "2026-12-01T09:00:00Z") Instant due,
                          @Schema(description = "Whole days past due", example = "3") long daysOverdue) {
}
