package org.locus.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What the lead and the enablers send to complete each of the diagnostic's tasks over the API
 * ({@code POST /api/tasks/{id}/complete}), as the JSON of the diagnostic's values records
 * ({@code InterviewPlan}, {@code InterviewsDone}, {@code SurveyDone}, {@code FindingsDone},
 * {@code PlaybackDecision}): the same values the bulk path saves through the service. Over the API an
 * entry cannot be saved without completing the task, so the entries come in the completing body.
 */
final class DiagnosticValues {

    /** Dates entered are days in the UK, and none may be in the future. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private DiagnosticValues() {
    }

    /** The place's first contact (political) and its chief executive (managerial), leaders since intake's scoping. */
    static String plan(String place, boolean surveyRun) {
        return json(Map.of("participants", List.of("Leader of " + place, "Chief Executive of " + place),
                "surveyRun", surveyRun));
    }

    static String interviews(String interviewer, String place) {
        Map<String, Object> interview = new LinkedHashMap<>();
        interview.put("kind", "INTERVIEW");
        interview.put("heldOn", today().minusDays(3).toString());
        interview.put("interviewer", interviewer);
        interview.put("participants", List.of("Leader of " + place));
        interview.put("notes", "The leader and chief executive describe the same priorities in different words.");
        return json(Map.of("interviews", List.of(interview)));
    }

    static String survey() {
        return json(Map.of("responses", List.of(
                Map.of("topTeamsWorkTogether", 2, "talkAboutPolitics", 1, "leadThePlace", 3, "partnersWorkTogether", 4,
                        "sharedStory", 2, "comment", "We rarely talk about the politics until it is too late."),
                Map.of("topTeamsWorkTogether", 3, "talkAboutPolitics", 2, "leadThePlace", 3, "partnersWorkTogether", 4,
                        "sharedStory", 5))));
    }

    static String findings() {
        return json(Map.of("findings", List.of(
                Map.of("text", "Cabinet and the top team describe the same priorities in different words.",
                        "tag", "DISSONANCE", "theme", "Shared ambition"),
                Map.of("text", "Partners wait for the council to lead.", "tag", "RELATIONSHIPS", "theme", "Shared ambition"))));
    }

    static String sentBack() {
        return json(Map.of("playedBackOn", today().minusDays(1).toString(), "validated", false,
                "revisions", "Say more about how partners see the council's role."));
    }

    private static LocalDate today() {
        return LocalDate.now(UK);
    }

    private static String json(Object value) {
        try {
            return LocusClient.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
