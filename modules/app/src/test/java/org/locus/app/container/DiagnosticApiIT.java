package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * The diagnostic over the REST API, on Liberty with the engine and a real database: an agreed
 * engagement enters the stage on the map, each task completes from JSON (the entries in the body),
 * the read model carries the plan's balance and flags, and a refused request is a 400 naming each
 * field that saves nothing of itself.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticApiIT {

    private final LocusClient locus = LocusClient.forTestServer();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void carriesAnAgreedEngagementThroughTheDiagnosticToValidatedFindings() {
        String engagementId = agreed("Apidiagshire");
        assertThat(locus.getObject("sam", "/api/engagements/" + engagementId).getString("stage")).isEqualTo("DIAGNOSTIC");
        JsonArray leaders = locus.getArray("sam", "/api/diagnostics/" + engagementId + "/leaders");
        assertThat(leaders).extracting(leader -> leader.asJsonObject().getString("group")).containsExactly("POLITICAL", "MANAGERIAL");

        complete("sam", engagementId, "planInterviews", """
                {"participants": ["Cllr Ada Hale", "ben  ortiz"], "surveyRun": true}""");
        JsonObject plan = diagnostic(engagementId).getJsonObject("plan");
        assertThat(plan.getJsonObject("balance").getInt("political")).isEqualTo(1);
        assertThat(plan.getJsonObject("balance").getInt("managerial")).isEqualTo(1);
        assertThat(plan.getJsonObject("balance").getBoolean("politicalMissing")).isFalse();
        assertThat(plan.getJsonArray("participants").getJsonObject(1).getString("name")).isEqualTo("Ben Ortiz");

        complete("priya", engagementId, "recordInterviews", """
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "Wants partners to lead with the council."},
                                {"kind": "OBSERVATION", "heldOn": "%s", "heldUntil": "%s", "interviewer": "sam",
                                 "participants": ["Cllr Ada Hale", "Ben Ortiz"], "notes": "Officers answered for members."}]}"""
                .formatted(today.minusDays(3), today.minusDays(2), today.minusDays(1)));
        complete("sam", engagementId, "recordSurvey", """
                {"responses": [{"topTeamsWorkTogether": 2, "talkAboutPolitics": 1, "leadThePlace": 3,
                                "partnersWorkTogether": 4, "sharedStory": 2, "comment": "We rarely talk about the politics."},
                               {"topTeamsWorkTogether": 3, "talkAboutPolitics": 2, "leadThePlace": 3,
                                "partnersWorkTogether": 4, "sharedStory": 5}]}""");
        complete("sam", engagementId, "synthesiseFindings", """
                {"findings": [{"text": "The top teams share an ambition.", "tag": "WHAT_WORKS", "theme": "Shared ambition"},
                              {"text": "Officers answer for members.", "tag": "DISSONANCE"}]}""");
        complete("sam", engagementId, "playBackFindings", """
                {"playedBackOn": "%s", "validated": false, "revisions": "Say how partners see the council."}"""
                .formatted(today.minusDays(1)));
        String sentBack = findingIdOf(diagnostic(engagementId), "Officers answer for members.");
        complete("sam", engagementId, "synthesiseFindings", """
                {"findings": [{"text": "Partners wait for the council to lead.", "tag": "RELATIONSHIPS", "theme": "shared ambition"}],
                 "withdraw": ["%s"]}""".formatted(sentBack));
        complete("sam", engagementId, "playBackFindings", """
                {"playedBackOn": "%s", "validated": true}""".formatted(today));

        JsonObject done = diagnostic(engagementId);
        assertThat(done.getJsonArray("interviews")).hasSize(2);
        assertThat(done.getJsonObject("survey").getInt("responses")).isEqualTo(2);
        assertThat(done.getJsonObject("survey").getJsonArray("averages").getJsonObject(1).getJsonNumber("average").doubleValue())
                .isEqualTo(1.5);
        JsonObject ambition = done.getJsonArray("findingsByTheme").getJsonObject(0);
        assertThat(ambition.getString("theme")).isEqualTo("Shared ambition");
        assertThat(ambition.getJsonArray("findings")).hasSize(2);
        assertThat(done.getJsonArray("playbacks")).extracting(playback -> playback.asJsonObject().getBoolean("validated"))
                .containsExactly(false, true);
        assertThat(done.getJsonArray("findingsByTheme")).as("the withdrawn finding is not played back").hasSize(1);
        assertThat(done.getJsonArray("withdrawnFindings")).extracting(finding -> finding.asJsonObject().getString("id"))
                .containsExactly(sentBack);
        assertThat(locus.get("alex", "/api/diagnostics/" + engagementId).statusCode()).as("an auditor reads it too").isEqualTo(200);
        JsonObject engagement = locus.getObject("sam", "/api/engagements/" + engagementId);
        assertThat(engagement.getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void flagsAPlanWithoutTheManagerialTopTeamInTheReadModel() {
        String engagementId = agreed("Flagshire");

        complete("sam", engagementId, "planInterviews", """
                {"participants": ["Cllr Ada Hale"], "surveyRun": false}""");

        JsonObject balance = diagnostic(engagementId).getJsonObject("plan").getJsonObject("balance");
        assertThat(balance.getBoolean("managerialMissing")).isTrue();
        assertThat(balance.getBoolean("politicalMissing")).isFalse();
        assertThat(openTask(engagementId, "recordInterviews").getString("assignee")).isEqualTo("priya");
        assertThat(openTask(engagementId, "recordSurvey")).as("no survey task when it is not run").isNull();
    }

    @Test
    void refusesAParticipantFromAnotherPlaceNamingThemAndPlansNothing() {
        String engagementId = agreed("Strangershire");
        String taskId = openTask(engagementId, "planInterviews").getString("id");

        HttpResponse<String> refused = locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.object("""
                {"participants": ["Cllr Ada Hale", "Max Moe"], "surveyRun": true}"""));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(refused).getJsonObject("errors").getString("participants")).contains("Max Moe is not one of them");
        assertThat(openTask(engagementId, "planInterviews").getString("id")).isEqualTo(taskId);
        HttpResponse<String> nothingPlanned = locus.get("sam", "/api/diagnostics/" + engagementId);
        assertThat(nothingPlanned.statusCode() == 404 || json(nothingPlanned).isNull("plan"))
                .as("no plan after a refusal: %s", nothingPlanned.body()).isTrue();
    }

    @Test
    void refusesWrongInterviewsFieldByFieldAndSavesNoneOfThem() {
        String engagementId = agreed("Wrongdateshire");
        complete("sam", engagementId, "planInterviews", """
                {"participants": ["Cllr Ada Hale", "Ben Ortiz"], "surveyRun": false}""");
        String taskId = openTask(engagementId, "recordInterviews").getString("id");

        HttpResponse<String> refused = locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.object("""
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "A good one, which must not be kept alone."},
                                {"kind": "OBSERVATION", "heldOn": "%s", "heldUntil": "%s", "interviewer": "morgan",
                                 "participants": ["Max Moe"], "notes": "Wrong in every way."}]}"""
                .formatted(today.minusDays(1), today.plusDays(2), today.plusDays(1))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject errors = json(refused).getJsonObject("errors");
        assertThat(errors.keySet()).containsExactlyInAnyOrder("interviews[1].heldOn", "interviews[1].heldUntil",
                "interviews[1].interviewer", "interviews[1].participants");
        assertThat(errors.getString("interviews[1].interviewer")).isEqualTo("Select who held it from the engagement's team");
        assertThat(diagnostic(engagementId).getJsonArray("interviews")).as("nothing half-saved").isEmpty();
        assertThat(openTask(engagementId, "recordInterviews").getString("id")).isEqualTo(taskId);
    }

    @Test
    void refusesAFindingWithoutATagAndFindingsSentBackWithoutWhatToRevise() {
        String engagementId = agreed("Tagshire");
        complete("sam", engagementId, "planInterviews", """
                {"participants": ["Cllr Ada Hale"], "surveyRun": false}""");
        complete("priya", engagementId, "recordInterviews", """
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "Notes."}]}""".formatted(today));
        String findingsTask = openTask(engagementId, "synthesiseFindings").getString("id");

        HttpResponse<String> untagged = locus.post("sam", "/api/tasks/" + findingsTask + "/complete", ApiJson.object("""
                {"findings": [{"text": "Leaders talk past each other."}]}"""));
        HttpResponse<String> empty = locus.post("sam", "/api/tasks/" + findingsTask + "/complete", ApiJson.object("""
                {"findings": []}"""));

        assertThat(untagged.statusCode()).as(untagged.body()).isEqualTo(400);
        assertThat(json(untagged).getJsonObject("errors").values()).extracting(JsonValue::toString)
                .contains("\"Select a tag for the finding\"");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(json(empty).getJsonObject("errors").getString("findings")).isEqualTo("Record at least one finding before you finish");

        complete("sam", engagementId, "synthesiseFindings", """
                {"findings": [{"text": "Leaders talk past each other.", "tag": "DISSONANCE"}]}""");
        String playbackTask = openTask(engagementId, "playBackFindings").getString("id");
        HttpResponse<String> noRevisions = locus.post("sam", "/api/tasks/" + playbackTask + "/complete", ApiJson.object("""
                {"playedBackOn": "%s", "validated": false}""".formatted(today)));

        assertThat(noRevisions.statusCode()).as(noRevisions.body()).isEqualTo(400);
        assertThat(json(noRevisions).getJsonObject("errors").getString("revisions")).isEqualTo("Enter what the participants asked to revise");
        assertThat(diagnostic(engagementId).getJsonArray("playbacks")).isEmpty();
    }

    @Test
    void refusesTheLeadsTaskToAnEnabler() {
        String engagementId = agreed("Notyoursshire");
        String taskId = openTask(engagementId, "planInterviews").getString("id");

        HttpResponse<String> refused = locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.object("""
                {"participants": ["Cllr Ada Hale"], "surveyRun": false}"""));

        assertThat(refused.statusCode()).as(refused.body()).isIn(403, 409);
        assertThat(openTask(engagementId, "planInterviews").getString("assignee")).isEqualTo("sam");
    }

    /** A new engagement taken through intake, agreed with Sam as lead and Priya as enabler; returns its id. */
    private String agreed(String placeStem) {
        String place = placeStem + " " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place, "Cllr Ada Hale"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String engagementId = ApiJson.object(created.body()).getString("engagementId");
        complete("sam", engagementId, "assessFit", ApiJson.ASSESS_FIT);
        complete("sam", engagementId, "confirmFit", ApiJson.CONFIRM_FIT);
        complete("sam", engagementId, "scopeEngagement", Json.createObjectBuilder()
                .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council"))
                .build());
        complete("sam", engagementId, "draftAgreement", """
                {"ambition": "Partners lead the place together.", "timeline": "January to June 2027",
                 "fundingSource": "Council improvement fund", "enablerDays": 20, "budget": 15000,
                 "politicalSignOff": "%1$s", "managerialSignOff": "%1$s"}""".formatted(today.minusDays(7)));
        complete("morgan", engagementId, "approveAgreement", """
                {"approved": true}""");
        complete("morgan", engagementId, "assignTeam", """
                {"lead": "sam", "enablers": ["priya"]}""");
        return engagementId;
    }

    /** Completes the engagement's open task of this kind as the user, and expects it done. */
    private void complete(String user, String engagementId, String taskKey, String values) {
        complete(user, engagementId, taskKey, ApiJson.object(values));
    }

    private void complete(String user, String engagementId, String taskKey, JsonObject values) {
        JsonObject task = openTask(engagementId, taskKey);
        assertThat(task).as("an open %s task of %s", taskKey, engagementId).isNotNull();
        HttpResponse<String> response = locus.post(user, "/api/tasks/" + task.getString("id") + "/complete", values);
        assertThat(response.statusCode()).as("%s: %s", taskKey, response.body()).isEqualTo(204);
    }

    /** The engagement's open task of this kind, as the API lists it; null if there is none. */
    private JsonObject openTask(String engagementId, String taskKey) {
        return locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").stream()
                .map(JsonValue::asJsonObject)
                .filter(task -> task.getString("key").equals(taskKey))
                .findFirst().orElse(null);
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }

    private static String findingIdOf(JsonObject diagnostic, String text) {
        return diagnostic.getJsonArray("findingsByTheme").stream()
                .flatMap(theme -> theme.asJsonObject().getJsonArray("findings").stream())
                .map(JsonValue::asJsonObject)
                .filter(finding -> finding.getString("text").equals(text))
                .map(finding -> finding.getString("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no finding " + text + " in " + diagnostic));
    }

    private JsonObject diagnostic(String engagementId) {
        return locus.getObject("sam", "/api/diagnostics/" + engagementId);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return ApiJson.object(response.body());
    }
}
