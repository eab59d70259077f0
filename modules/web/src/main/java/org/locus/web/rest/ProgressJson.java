package org.locus.web.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.diagram.EngagementProgress;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.error.NotFoundException;

/** Where an engagement stands on its map and in every stage the map called. */
@Schema(name = "EngagementProgress", description = "Where an engagement stands on its map and in every stage it entered",
        requiredProperties = {"engagementId", "map", "stages"})
public record ProgressJson(
        @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
        @Schema(description = "The map's instance (engagement.bpmn)") InstanceProgressJson map,
        @Schema(description = "Each stage instance the map called, in the order they started") List<InstanceProgressJson> stages) {

    /** The engagement's progress; 404 for an unknown engagement, or one whose process never started. */
    public static ProgressJson find(String engagementId, EngagementDirectory engagements, ProcessDiagrams diagrams) {
        if (engagementId == null || engagements.headline(engagementId).isEmpty()) {
            throw new NotFoundException("There is no engagement " + engagementId + ".");
        }
        return diagrams.progress(engagementId).map(ProgressJson::of)
                .orElseThrow(() -> new NotFoundException("Engagement " + engagementId + " has no process yet."));
    }

    public static ProgressJson of(EngagementProgress progress) {
        return new ProgressJson(progress.engagementId(), InstanceProgressJson.of(progress.map()),
                progress.stages().stream().map(InstanceProgressJson::of).toList());
    }
}
