package org.locus.platform.api.diagram;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The diagrams and the engine's history as managers read them. Every method only reads; each is a fixed
 * number of queries whatever the engagement or process (never one a task or an instance).
 */
public interface ProcessDiagrams {

    /** The latest version of every deployed process, the map first, then by name. */
    List<ProcessDiagram> latest();

    /** The latest version of the process with this key. */
    Optional<ProcessDiagram> latest(String processKey);

    /** The BPMN XML of a deployed definition, as deployed. */
    Optional<String> xml(String definitionId);

    /** The flow nodes of a deployed definition, in the file's order. */
    List<DiagramActivity> activities(String definitionId);

    /** Where the engagement stands on its map and in each stage; empty when no process ever ran for it. */
    Optional<EngagementProgress> progress(String engagementId);

    /** Every user task the engagement has had, in every stage, oldest first (one history query). */
    List<TaskEvent> timeline(String engagementId);

    /**
     * Time spent on each activity of the process (every version) by the instances that finished it in the
     * period, and its open tasks now.
     *
     * @throws org.locus.platform.api.error.NotFoundException for a process that is not deployed
     */
    ProcessHeat heat(String processKey, Instant from, Instant to);
}
