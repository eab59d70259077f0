package org.locus.platform.api.diagram;

import java.util.List;

/**
 * Where one process instance of an engagement stands: the map's, or a stage's.
 *
 * @param calledBy the map's call activity that started this stage's instance; null for the map itself
 * @param active the activity ids waiting now (a user task, a running call activity)
 * @param completed the activity ids passed (ended and not cancelled), each once
 * @param ended whether the instance has finished
 */
public record ProcessInstanceProgress(String processInstanceId, String processKey, String definitionId, String calledBy,
                                      List<String> active, List<String> completed, boolean ended) {

    public ProcessInstanceProgress {
        active = List.copyOf(active);
        completed = List.copyOf(completed);
    }
}
