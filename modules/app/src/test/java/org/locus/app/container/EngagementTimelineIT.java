package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * An engagement's timeline over the REST API, on Liberty with the engine and a real database: after a full intake
 * (a claim, a manager's reassignment, an agreement returned with a reason and then approved, a suspension and a
 * resumption) and the diagnostic (findings played back and sent back for revision) and a withdrawal, it tells all
 * of it in order, with the forms' values under their labels and the decision's inputs and outputs; it filters by
 * kind and person, pages, and refuses an unknown engagement, a bad filter and staff.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementTimelineIT {

    private final LocusClient locus = LocusClient.forTestServer();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void tellsAWholeIntakeAndDiagnosticUpToTheWithdrawalInOrderWithWhoAndWhy() {
        String engagementId = throughIntakeAndDiagnosticThenWithdrawn("Timelineshire");

        List<JsonObject> entries = timeline(engagementId, "size=200");
        List<String> titles = entries.stream().map(entry -> entry.getString("title")).toList();

        assertThat(titles).containsSubsequence(
                "First contact logged",
                "Entered the stage \u201cIntake\u201d",
                "\u201cAssess fit with the remit\u201d is waiting",
                "Claimed \u201cAssess fit with the remit\u201d",
                "Sent \u201cAssess fit with the remit\u201d",
                "Completed \u201cAssess fit with the remit\u201d",
                "Decision \u201cIntake fit\u201d taken",
                "Reassigned \u201cConfirm fit or refer elsewhere\u201d",
                "Suspended the engagement",
                "Resumed the engagement",
                "Sent \u201cApprove the agreement\u201d",
                "Sent \u201cApprove the agreement\u201d",
                "Entered the stage \u201cDiagnostic: start with what is\u201d",
                "Sent \u201cPlay the findings back\u201d",
                "Withdrawal recorded",
                "Ended: Withdrawn",
                "Recorded that the place withdrew");
        assertThat(entries).extracting(entry -> java.time.Instant.parse(entry.getString("at"))).as("oldest first").isSorted();

        JsonObject claim = first(entries, "Claimed \u201cAssess fit with the remit\u201d");
        assertThat(claim.getString("person")).isEqualTo("sam");
        assertThat(claim.getString("kind")).isEqualTo("TASK");
        assertThat(details(first(entries, "Sent \u201cAssess fit with the remit\u201d"))).contains(
                "Is the top political and managerial team of the place involved? = Yes",
                "Is funding available for the work? = Yes",
                "Notes (optional) = The council asked twice.");
        assertThat(details(first(entries, "Decision \u201cIntake fit\u201d taken"))).contains(
                "Input: Top political and managerial team involved = Yes",
                "Output: Recommendation = accept");
        JsonObject reassigned = first(entries, "Reassigned \u201cConfirm fit or refer elsewhere\u201d");
        assertThat(reassigned.getString("person")).isEqualTo("morgan");
        assertThat(details(reassigned)).contains("To = priya", "Reason = Priya knows the council");
        assertThat(details(first(entries, "Completed \u201cConfirm fit or refer elsewhere\u201d"))).isEmpty();
        assertThat(first(entries, "Completed \u201cConfirm fit or refer elsewhere\u201d").getString("person")).isEqualTo("priya");
        assertThat(details(first(entries, "Suspended the engagement"))).contains("Reason = Pre-election period");
        List<JsonObject> approvals = entries.stream().filter(entry -> entry.getString("title").equals("Sent \u201cApprove the agreement\u201d")).toList();
        assertThat(details(approvals.get(0))).contains("Approved = No", "Why are you returning it? = Name the funding source.");
        assertThat(details(approvals.get(1))).contains("Approved = Yes");
        assertThat(approvals.get(0).getString("person")).isEqualTo("morgan");
        assertThat(details(first(entries, "Sent \u201cPlay the findings back\u201d"))).contains(
                "What did the participants decide? = No", "What do they want revised? = Say how partners see the council.");
        assertThat(details(first(entries, "Sent \u201cScope the engagement and name the sponsors\u201d")))
                .anySatisfy(detail -> assertThat(detail).contains("Cllr Ada Hale"));
        assertThat(details(first(entries, "Recorded that the place withdrew"))).contains("Stage = Diagnostic",
                "Reason = The council's budget was cut");
        assertThat(first(entries, "Recorded that the place withdrew").getString("person")).isEqualTo("sam");
        assertThat(titles).anySatisfy(title -> assertThat(title).endsWith("was cancelled"));
        // The audit log's entries: each record change with its values and its place in the engagement's chain.
        JsonObject created = first(entries, "Created the engagement");
        assertThat(created.getString("kind")).isEqualTo("RECORD");
        assertThat(details(created)).anySatisfy(detail -> assertThat(detail).matches("Audit entry = No\\. \\d+ of the engagement's chain, hash [0-9a-f]{64}"));
        assertThat(titles).contains("Changed the engagement");
        assertThat(entries).filteredOn(entry -> entry.getString("kind").equals("RECORD"))
                .noneMatch(entry -> entry.getString("title").contains("engagement action"));
        assertThat(titles.indexOf("\u201cPlan the interviews\u201d is waiting")).as("a task waits, then is assigned")
                .isLessThan(titles.indexOf("Assigned \u201cPlan the interviews\u201d to sam"));
    }

    @Test
    void filtersByKindAndByPersonAndPages() {
        String engagementId = throughIntakeAndDiagnosticThenWithdrawn("Filtershire");

        JsonObject actions = locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?kind=action&size=200");
        assertThat(actions.getJsonArray("entries")).extracting(entry -> entry.asJsonObject().getString("kind")).containsOnly("ACTION")
                .hasSize(4);
        JsonObject morgans = locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?person=morgan&size=200");
        assertThat(morgans.getJsonArray("entries")).extracting(entry -> entry.asJsonObject().getString("person")).containsOnly("morgan");
        assertThat(morgans.getJsonArray("people")).extracting(person -> ((jakarta.json.JsonString) person).getString())
                .contains("morgan", "priya", "sam");

        JsonObject all = locus.getObject("morgan", "/api/engagements/" + engagementId + "/timeline?size=200");
        JsonObject second = locus.getObject("morgan", "/api/engagements/" + engagementId + "/timeline?page=2&size=5");
        assertThat(second.getInt("page")).isEqualTo(2);
        assertThat(second.getInt("total")).isEqualTo(all.getInt("total"));
        assertThat(second.getJsonArray("entries")).isEqualTo(Json.createArrayBuilder(all.getJsonArray("entries").subList(5, 10)).build());
    }

    @Test
    void refusesAnUnknownEngagementABadFilterAndStaff() {
        String engagementId = firstContact("Refuseshire");

        HttpResponse<String> unknown = locus.get("alex", "/api/engagements/" + UUID.randomUUID() + "/timeline");
        HttpResponse<String> badKind = locus.get("alex", "/api/engagements/" + engagementId + "/timeline?kind=gossip&page=0");
        HttpResponse<String> badPerson = locus.get("alex", "/api/engagements/" + engagementId + "/timeline?person=%3Cscript%3E");
        HttpResponse<String> staff = locus.get("sam", "/api/engagements/" + engagementId + "/timeline");

        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(badKind.statusCode()).as(badKind.body()).isEqualTo(400);
        JsonObject errors = ApiJson.object(badKind.body()).getJsonObject("errors");
        assertThat(errors.getString("kind")).isEqualTo("Kind must be one of TASK, FORM, DECISION, ACTION, INCIDENT, STAGE, RECORD");
        assertThat(errors.getString("page")).isEqualTo("Page must be a whole number, 1 or more");
        assertThat(badPerson.statusCode()).as(badPerson.body()).isEqualTo(400);
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(403);
    }

    @Test
    void tellsAnEngagementOfHundredsOfEntriesAllOfItAPageAtATime() {
        String engagementId = firstContact("Manyentriesshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");
        String holder = null;
        for (int i = 0; i < 60; i++) {
            String to = i % 2 == 0 ? "priya" : "jordan";
            HttpResponse<String> reassigned = locus.post("morgan", "/api/tasks/" + taskId + "/reassign", Json.createObjectBuilder()
                    .add("to", to).add("reason", "Turn " + i).add("expectedAssignee", holder == null ? "" : holder).build());
            assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);
            holder = to;
        }

        JsonObject first = locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?size=200");
        int total = first.getInt("total");
        assertThat(total).as("two entries a reassignment and the start").isGreaterThanOrEqualTo(123);
        List<String> reasons = new java.util.ArrayList<>();
        int actions = locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?kind=ACTION&size=1").getInt("total");
        assertThat(actions).isEqualTo(60);
        int pages = (actions + 49) / 50;
        for (int page = 1; page <= pages; page++) {
            locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?kind=ACTION&size=50&page=" + page)
                    .getJsonArray("entries").forEach(entry -> reasons.addAll(details(entry.asJsonObject()).stream()
                            .filter(detail -> detail.startsWith("Reason = ")).toList()));
        }
        assertThat(reasons).hasSize(60).startsWith("Reason = Turn 0", "Reason = Turn 1").endsWith("Reason = Turn 59");
    }

    /** An engagement through intake and into the diagnostic, with the findings sent back, then withdrawn by its lead. */
    private String throughIntakeAndDiagnosticThenWithdrawn(String placeStem) {
        String engagementId = firstContact(placeStem);
        String place = locus.getObject("sam", "/api/engagements/" + engagementId).getString("placeName");
        String assessFit = openTask(engagementId, "assessFit").getString("id");
        assertThat(locus.post("sam", "/api/tasks/" + assessFit + "/claim").statusCode()).isEqualTo(204);
        complete("sam", engagementId, "assessFit", ApiJson.object("""
                {"topTeamInvolved": true, "placeBased": true, "capacityAvailable": true, "fundingAvailable": true,
                 "notes": "The council asked twice."}"""));
        String confirmFit = openTask(engagementId, "confirmFit").getString("id");
        HttpResponse<String> reassigned = locus.post("morgan", "/api/tasks/" + confirmFit + "/reassign", Json.createObjectBuilder()
                .add("to", "priya").add("reason", "Priya knows the council").build());
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);
        complete("priya", engagementId, "confirmFit", ApiJson.CONFIRM_FIT);
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/suspend", reason("Pre-election period")).statusCode())
                .isEqualTo(204);
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/resume", reason("Election over")).statusCode())
                .isEqualTo(204);
        complete("sam", engagementId, "scopeEngagement", Json.createObjectBuilder()
                .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council"))
                .build());
        JsonObject draft = ApiJson.object("""
                {"ambition": "Partners lead the place together.", "timeline": "January to June 2027",
                 "fundingSource": "Council improvement fund", "enablerDays": 20, "budget": 15000,
                 "politicalSignOff": "%1$s", "managerialSignOff": "%1$s"}""".formatted(today.minusDays(7)));
        complete("sam", engagementId, "draftAgreement", draft);
        complete("morgan", engagementId, "approveAgreement", ApiJson.object("""
                {"approved": false, "returnReason": "Name the funding source."}"""));
        complete("sam", engagementId, "draftAgreement", draft);
        complete("morgan", engagementId, "approveAgreement", ApiJson.object("""
                {"approved": true}"""));
        complete("morgan", engagementId, "assignTeam", ApiJson.object("""
                {"lead": "sam", "enablers": ["priya"]}"""));
        complete("sam", engagementId, "planInterviews", ApiJson.object("""
                {"participants": ["Cllr Ada Hale", "Ben Ortiz"], "surveyRun": false}"""));
        complete("priya", engagementId, "recordInterviews", ApiJson.object("""
                {"interviews": [{"kind": "INTERVIEW", "heldOn": "%s", "interviewer": "priya",
                                 "participants": ["Cllr Ada Hale"], "notes": "Wants partners to lead with the council."}]}"""
                .formatted(today.minusDays(3))));
        complete("sam", engagementId, "synthesiseFindings", ApiJson.object("""
                {"findings": [{"text": "The top teams share an ambition.", "tag": "WHAT_WORKS", "theme": "Shared ambition"}]}"""));
        complete("sam", engagementId, "playBackFindings", ApiJson.object("""
                {"playedBackOn": "%s", "validated": false, "revisions": "Say how partners see the council."}"""
                .formatted(today.minusDays(1))));
        HttpResponse<String> withdrawn = locus.post("sam", "/api/engagements/" + engagementId + "/withdraw",
                reason("The council's budget was cut"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        return engagementId;
    }

    private List<JsonObject> timeline(String engagementId, String query) {
        return locus.getObject("alex", "/api/engagements/" + engagementId + "/timeline?" + query).getJsonArray("entries").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject first(List<JsonObject> entries, String title) {
        return entries.stream().filter(entry -> entry.getString("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry \u201c" + title + "\u201d in " + entries));
    }

    /** An entry's details as "label = value". */
    private static List<String> details(JsonObject entry) {
        return entry.getJsonArray("details").stream().map(JsonValue::asJsonObject)
                .map(detail -> detail.getString("label") + " = " + detail.getString("value")).toList();
    }

    private String firstContact(String placeStem) {
        String place = placeStem + " " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place, "Cllr Ada Hale"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiJson.object(created.body()).getString("engagementId");
    }

    private void complete(String user, String engagementId, String taskKey, JsonObject values) {
        JsonObject task = openTask(engagementId, taskKey);
        assertThat(task).as("an open %s task of %s", taskKey, engagementId).isNotNull();
        HttpResponse<String> response = locus.post(user, "/api/tasks/" + task.getString("id") + "/complete", values);
        assertThat(response.statusCode()).as("%s: %s", taskKey, response.body()).isEqualTo(204);
    }

    private JsonObject openTask(String engagementId, String taskKey) {
        return locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").stream()
                .map(JsonValue::asJsonObject)
                .filter(task -> task.getString("key").equals(taskKey))
                .findFirst().orElse(null);
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }
}
