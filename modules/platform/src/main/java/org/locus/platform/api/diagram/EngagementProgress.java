package org.locus.platform.api.diagram;

import java.util.List;
import java.util.Optional;

/**
 * Where an engagement stands: its map's instance and every stage instance the map called, in the order they
 * started. Read from the engine's history in one query, so it is the same for running and ended engagements.
 */
public record EngagementProgress(String engagementId, ProcessInstanceProgress map, List<ProcessInstanceProgress> stages) {

    public EngagementProgress {
        stages = List.copyOf(stages);
    }

    /** The latest instance called by this call activity of the map (a stage entered again has several). */
    public Optional<ProcessInstanceProgress> stageCalledBy(String callActivityId) {
        return stages.stream().filter(stage -> callActivityId.equals(stage.calledBy())).reduce((first, second) -> second);
    }
}
