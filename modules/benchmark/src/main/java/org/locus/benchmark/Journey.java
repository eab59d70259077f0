package org.locus.benchmark;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a seeded engagement can be left: at one of intake's six tasks, or, once agreed and taken on by the
 * map into the diagnostic, at one of its five stops (the lead planning the interviews; the interviews
 * under way, one enabler done; the survey; the findings; the playback). The names are the BPMN ids of the
 * task left open, as the seeding resource counts them.
 */
final class Journey {

    static final List<String> DIAGNOSTIC = List.of(
            "planInterviews", "recordInterviews", "recordSurvey", "synthesiseFindings", "playBackFindings");

    static final List<String> STOPS = Stream.concat(IntakeValues.TASKS.stream(), DIAGNOSTIC.stream()).toList();

    private Journey() {
    }
}
