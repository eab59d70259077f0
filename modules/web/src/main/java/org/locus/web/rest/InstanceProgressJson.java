package org.locus.web.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.diagram.ProcessInstanceProgress;

/** Where one process instance of an engagement stands: the map's or a stage's. */
@Schema(name = "InstanceProgress", description = "Where one process instance of an engagement stands: the map's, or a stage's",
        requiredProperties = {"processInstanceId", "processKey", "definitionId", "active", "completed", "ended"})
public record InstanceProgressJson(
        @Schema(description = "The process instance's id", example = "6ff13767-edc7-11f1-86e7-02fc00000001") String processInstanceId,
        @Schema(description = "The process's key (its id in the BPMN file)", example = "intake") String processKey,
        @Schema(description = "The deployed definition it runs: GET /api/process-definitions/{id}/xml gives its diagram",
                example = "intake:3:6ff13767-edc7-11f1-86e7-02fc00000001") String definitionId,
        @Schema(description = "The map's call activity that started it; left out for the map itself", nullable = true,
                example = "intake") String calledBy,
        @Schema(description = "The activity ids waiting now", example = "[\"scopeEngagement\"]") List<String> active,
        @Schema(description = "The activity ids passed, each once", example = "[\"firstContactLogged\", \"assessFit\"]") List<String> completed,
        @Schema(description = "Whether the instance has finished", example = "false") boolean ended) {

    public static InstanceProgressJson of(ProcessInstanceProgress progress) {
        return new InstanceProgressJson(progress.processInstanceId(), progress.processKey(), progress.definitionId(),
                progress.calledBy(), progress.active(), progress.completed(), progress.ended());
    }
}
