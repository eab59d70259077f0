package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.locus.app.client.ApiJson;

/** Engagements driven through the API as staff and managers drive them, for tests that need one at a given step. */
final class ApiEngagements {

    private final LocusClient locus;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    ApiEngagements(LocusClient locus) {
        this.locus = locus;
    }

    /** A first contact for a new place (its name made unique from the stem); returns the engagement's id. */
    String firstContact(String placeStem) {
        String place = placeStem + " " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place, "Cllr Ada Hale"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiJson.object(created.body()).getString("engagementId");
    }

    /** A first contact whose fit is assessed and confirmed, so its chain has a few entries; returns the engagement's id. */
    String fitConfirmed(String placeStem) {
        String engagementId = firstContact(placeStem);
        complete("sam", engagementId, "assessFit", ApiJson.ASSESS_FIT);
        complete("sam", engagementId, "confirmFit", ApiJson.CONFIRM_FIT);
        return engagementId;
    }

    /** A new engagement taken through intake, agreed with Sam as lead and Priya as enabler, now in the diagnostic. */
    String agreed(String placeStem) {
        String engagementId = firstContact(placeStem);
        String place = locus.getObject("sam", "/api/engagements/" + engagementId).getString("placeName");
        complete("sam", engagementId, "assessFit", ApiJson.ASSESS_FIT);
        complete("sam", engagementId, "confirmFit", ApiJson.CONFIRM_FIT);
        complete("sam", engagementId, "scopeEngagement", Json.createObjectBuilder()
                .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council"))
                .build());
        complete("sam", engagementId, "draftAgreement", ApiJson.object("""
                {"ambition": "Partners lead the place together.", "timeline": "January to June 2027",
                 "fundingSource": "Council improvement fund", "enablerDays": 20, "budget": 15000,
                 "politicalSignOff": "%1$s", "managerialSignOff": "%1$s"}""".formatted(today.minusDays(7))));
        complete("morgan", engagementId, "approveAgreement", ApiJson.object("{\"approved\": true}"));
        complete("morgan", engagementId, "assignTeam", ApiJson.object("{\"lead\": \"sam\", \"enablers\": [\"priya\"]}"));
        return engagementId;
    }

    /** The diagnostic of an agreed engagement, from the plan to validated findings. */
    void throughTheDiagnostic(String engagementId) {
        complete("sam", engagementId, "planInterviews", ApiJson.object("""
                {"participants": ["Cllr Ada Hale", "Ben Ortiz"], "surveyRun": false}"""));
        complete("priya", engagementId, "recordInterviews", ApiJson.object("""
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "Wants partners to lead, \\"together\\"."}]}"""
                .formatted(today.minusDays(1))));
        complete("sam", engagementId, "synthesiseFindings", ApiJson.object("""
                {"findings": [{"text": "The top teams share an ambition.", "tag": "WHAT_WORKS", "theme": "Shared ambition"}]}"""));
        complete("sam", engagementId, "playBackFindings", ApiJson.object("""
                {"playedBackOn": "%s", "validated": true}""".formatted(today)));
    }

    /** Completes the engagement's open task of this kind as the user, and expects it done. */
    void complete(String user, String engagementId, String taskKey, JsonObject values) {
        JsonObject task = locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").stream()
                .map(JsonValue::asJsonObject)
                .filter(open -> open.getString("key").equals(taskKey))
                .findFirst().orElse(null);
        assertThat(task).as("an open %s task of %s", taskKey, engagementId).isNotNull();
        HttpResponse<String> response = locus.post(user, "/api/tasks/" + task.getString("id") + "/complete", values);
        assertThat(response.statusCode()).as("%s: %s", taskKey, response.body()).isEqualTo(204);
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }
}
