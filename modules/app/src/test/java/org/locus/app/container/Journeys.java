package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.locus.app.client.ApiJson;

/**
 * Brings a new engagement of its own to any user task of intake and the diagnostic through Locus's API,
 * completing each task on the way with values that are accepted, as the person whose task it is: so a
 * test over every task (its form, its API) has one waiting, whatever the demo data holds.
 */
final class Journeys {

    /** Each user task, in the order a journey meets it, with who completes it and the values that are accepted. */
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final LocusClient locus;

    /** A task's completer and its accepted values. */
    record Step(String user, JsonObject values) {
    }

    /** An engagement waiting at a task: its id and the task's. */
    record Waiting(String engagementId, String taskId, String taskKey, String user, String place) {
    }

    Journeys(LocusClient locus) {
        this.locus = locus;
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String lastWeek = LocalDate.now(ZoneId.of("Europe/London")).minusDays(7).toString();
        steps.put("assessFit", new Step("sam", ApiJson.ASSESS_FIT));
        steps.put("confirmFit", new Step("sam", ApiJson.CONFIRM_FIT));
        // The sponsors' organisation is one the first contact named: see valuesFor.
        steps.put("scopeEngagement", new Step("sam", JsonValue.EMPTY_JSON_OBJECT));
        steps.put("draftAgreement", new Step("sam", ApiJson.object("""
                {"ambition": "Partners lead the place together.", "timeline": "January to June 2027",
                 "fundingSource": "Council improvement fund", "enablerDays": 20, "budget": 15000,
                 "politicalSignOff": "%1$s", "managerialSignOff": "%1$s"}""".formatted(lastWeek))));
        steps.put("approveAgreement", new Step("morgan", ApiJson.object("{\"approved\": true}")));
        steps.put("assignTeam", new Step("morgan", ApiJson.object("{\"lead\": \"sam\", \"enablers\": [\"priya\"]}")));
        steps.put("planInterviews", new Step("sam", ApiJson.object("{\"participants\": [\"Cllr Ada Hale\", \"Ben Ortiz\"], \"surveyRun\": true}")));
        steps.put("recordInterviews", new Step("priya", ApiJson.object("""
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "Wants partners to lead with the council."}]}""".formatted(today))));
        steps.put("recordSurvey", new Step("sam", ApiJson.object("""
                {"responses": [{"topTeamsWorkTogether": 2, "talkAboutPolitics": 1, "leadThePlace": 3,
                                "partnersWorkTogether": 4, "sharedStory": 2, "comment": "We rarely talk about the politics."}]}""")));
        steps.put("synthesiseFindings", new Step("sam", ApiJson.object("""
                {"findings": [{"text": "The top teams share an ambition.", "tag": "WHAT_WORKS", "theme": "Shared ambition"}]}""")));
        steps.put("playBackFindings", new Step("sam", ApiJson.object("{\"playedBackOn\": \"%s\", \"validated\": true}".formatted(today))));
    }

    /** The task keys a journey can be brought to, in order. */
    java.util.Set<String> taskKeys() {
        return steps.keySet();
    }

    Step step(String taskKey) {
        Step step = steps.get(taskKey);
        assertThat(step).as("a journey step for the task %s (add it to Journeys)", taskKey).isNotNull();
        return step;
    }

    /** The accepted values of the task for an engagement with this place. */
    JsonObject valuesFor(String taskKey, String place) {
        if (taskKey.equals("scopeEngagement")) {
            return Json.createObjectBuilder()
                    .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                    .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council")).build();
        }
        return step(taskKey).values();
    }

    /** A new engagement, its place named after the stem, waiting at the task. */
    Waiting at(String taskKey, String placeStem) {
        step(taskKey);
        String place = placeStem + " " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place, "Cllr Ada Hale"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String engagementId = ApiJson.object(created.body()).getString("engagementId");
        for (int moves = 0; moves < 20; moves++) {
            Map<String, String> open = openTasks(engagementId);
            if (open.containsKey(taskKey)) {
                return new Waiting(engagementId, open.get(taskKey), taskKey, step(taskKey).user(), place);
            }
            assertThat(open).as("open tasks of %s on the way to %s", engagementId, taskKey).isNotEmpty();
            String next = open.keySet().iterator().next();
            Step step = step(next);
            HttpResponse<String> done = locus.post(step.user(), "/api/tasks/" + open.get(next) + "/complete", valuesFor(next, place));
            assertThat(done.statusCode()).as("%s on the way to %s: %s", next, taskKey, done.body()).isEqualTo(204);
        }
        throw new AssertionError("no " + taskKey + " task after twenty steps");
    }

    /** The engagement's open tasks, by key, in the journey's order. */
    Map<String, String> openTasks(String engagementId) {
        Map<String, String> byKey = new java.util.HashMap<>();
        locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").stream().map(JsonValue::asJsonObject)
                .forEach(task -> byKey.put(task.getString("key"), task.getString("id")));
        Map<String, String> ordered = new LinkedHashMap<>();
        steps.keySet().stream().filter(byKey::containsKey).forEach(key -> ordered.put(key, byKey.get(key)));
        byKey.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }
}
