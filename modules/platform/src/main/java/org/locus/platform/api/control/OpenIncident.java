package org.locus.platform.api.control;

import java.io.Serializable;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A step of an engagement's process that failed for good and waits for a retry after a fix. */
@Schema(name = "Incident", description = "A step of an engagement's process that failed and waits for a retry",
        requiredProperties = {"incidentId", "engagementId", "activityId", "activityName", "message", "raised"})
public record OpenIncident(
        @Schema(description = "The incident's id", example = "3f1c2b9e-8a51-4c2e-9d7e-2b6a4f0c1d11") String incidentId,
        @Schema(description = "The engagement's id (the process's business key)", example = "0b7e4e1a-5a3c-4b8e-a2a1-6f4f1e7d9c20") String engagementId,
        @Schema(description = "The engagement's reference, absent if the engagement is unknown", example = "ENG-2026-0007") String reference,
        @Schema(description = "The place, absent if the engagement is unknown", example = "Northshire") String placeName,
        @Schema(description = "The BPMN id of the step that failed", example = "sendAgreement") String activityId,
        @Schema(description = "The step's name on the diagram (its id if it has none)", example = "Send the agreement") String activityName,
        @Schema(description = "What failed, in the words of the failure", example = "The mail server did not answer") String message,
        @Schema(description = "When it failed for good", example = "2026-12-07T10:15:30Z") Instant raised) implements Serializable {
}
