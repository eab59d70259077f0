package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * Managers' control over the REST API, on Liberty with the engine and a real database: reassigning a
 * task (to the right group only, one of two managers at once), suspending and resuming an engagement
 * (its tasks refused meanwhile, with a message that says why), and withdrawing one at each stage that
 * exists (by a manager or the lead only), each refusal leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementControlApiIT {

    private final LocusClient locus = LocusClient.forTestServer();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void reassignsAnOpenTaskToSomeoneInItsGroupWithAReason() {
        String engagementId = firstContact("Reassignshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");

        HttpResponse<String> reassigned = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                reassignment("priya", "Priya knows the council", null));

        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);
        assertThat(assigneeOf(openTask(engagementId, "assessFit"))).isEqualTo("priya");
        assertThat(locus.getObject("priya", "/api/tasks?scope=mine&size=100").getJsonArray("tasks"))
                .extracting(task -> task.asJsonObject().getString("id")).contains(taskId);

        HttpResponse<String> again = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                reassignment("jordan", "Priya is on leave", "priya"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
        assertThat(assigneeOf(openTask(engagementId, "assessFit"))).isEqualTo("jordan");
    }

    @Test
    void refusesSomeoneOutsideTheTasksGroupsAnUnknownPersonAndAMissingReasonFieldByField() {
        String engagementId = firstContact("Wronggroupshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");

        HttpResponse<String> manager = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                reassignment("morgan", "Morgan will do it", null));
        HttpResponse<String> nobody = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                reassignment("nobody-" + UUID.randomUUID(), "Whoever", null));
        HttpResponse<String> noReason = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                ApiJson.object("""
                        {"to": "priya", "reason": " "}"""));

        assertThat(manager.statusCode()).as(manager.body()).isEqualTo(400);
        assertThat(errors(manager).getString("to")).contains("is not in staff");
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
        assertThat(errors(nobody).getString("to")).startsWith("There is nobody with the user id");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(errors(noReason).getString("reason")).isEqualTo("Enter the reason for reassigning the task");
        assertThat(assigneeOf(openTask(engagementId, "assessFit")) == null).as("nothing changed").isTrue();
    }

    @Test
    void refusesReassigningToStaffAndAuditorsAndForAnUnknownTask() {
        String engagementId = firstContact("Rolesshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");

        assertThat(locus.post("alex", "/api/tasks/" + taskId + "/reassign", reassignment("priya", "An auditor tries", null))
                .statusCode()).isEqualTo(403);
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/reassign", reassignment("priya", "Staff try", null))
                .statusCode()).isEqualTo(403);
        assertThat(locus.post("morgan", "/api/tasks/" + UUID.randomUUID() + "/reassign", reassignment("priya", "No such task", null))
                .statusCode()).isEqualTo(404);
        assertThat(assigneeOf(openTask(engagementId, "assessFit")) == null).isTrue();
    }

    @Test
    void refusesAReassignmentWhenTheTaskChangedHandsMeanwhile() {
        String engagementId = firstContact("Stalehandshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/claim").statusCode()).isEqualTo(204);

        HttpResponse<String> stale = locus.post("morgan", "/api/tasks/" + taskId + "/reassign",
                reassignment("priya", "I saw nobody on it", null));

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(ApiJson.object(stale.body()).getString("detail")).contains("now held by sam");
        assertThat(assigneeOf(openTask(engagementId, "assessFit"))).isEqualTo("sam");
    }

    @Test
    void twoManagersReassigningOneTaskAtOnceOneWinsTheOtherGetsA409() throws Exception {
        String engagementId = firstContact("Raceshire");
        String taskId = openTask(engagementId, "assessFit").getString("id");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<HttpResponse<String>> toPriya = CompletableFuture.supplyAsync(() -> {
                await(together);
                return locus.post("morgan", "/api/tasks/" + taskId + "/reassign", reassignment("priya", "To Priya", null));
            }, two);
            CompletableFuture<HttpResponse<String>> toJordan = CompletableFuture.supplyAsync(() -> {
                await(together);
                return locus.post("morgan", "/api/tasks/" + taskId + "/reassign", reassignment("jordan", "To Jordan", null));
            }, two);

            List<Integer> statuses = List.of(toPriya.get().statusCode(), toJordan.get().statusCode());

            assertThat(statuses).as("%s / %s", toPriya.get().body(), toJordan.get().body()).containsExactlyInAnyOrder(204, 409);
            String winner = toPriya.get().statusCode() == 204 ? "priya" : "jordan";
            assertThat(assigneeOf(openTask(engagementId, "assessFit"))).isEqualTo(winner);
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void suspendedEngagementsTasksCannotBeClaimedOrCompletedUntilResumed() {
        String engagementId = firstContact("Suspendshire");
        String reference = locus.getObject("sam", "/api/engagements/" + engagementId).getString("reference");
        String taskId = openTask(engagementId, "assessFit").getString("id");

        HttpResponse<String> suspended = locus.post("morgan", "/api/engagements/" + engagementId + "/suspend",
                reason("The council is in pre-election period"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(204);
        assertThat(openTask(engagementId, "assessFit").getString("suspendedReason")).as("the API's tasks say so")
                .isEqualTo("The council is in pre-election period");

        HttpResponse<String> claim = locus.post("sam", "/api/tasks/" + taskId + "/claim");
        HttpResponse<String> complete = locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(409);
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(409);
        assertThat(ApiJson.object(complete.body()).getString("detail")).isEqualTo("Engagement " + reference
                + " is suspended: The council is in pre-election period. A manager must resume it first.");
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/suspend", reason("Twice")).statusCode())
                .as("already suspended").isEqualTo(409);
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/withdraw", reason("Gone")).statusCode())
                .as("resume before withdrawing").isEqualTo(409);
        assertThat(openTask(engagementId, "assessFit").getString("id")).as("still open").isEqualTo(taskId);

        HttpResponse<String> resumed = locus.post("morgan", "/api/engagements/" + engagementId + "/resume", reason("Election over"));
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(204);
        assertThat(openTask(engagementId, "assessFit").containsKey("suspendedReason")).as("running again").isFalse();
        HttpResponse<String> completed = locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        assertThat(openTask(engagementId, "confirmFit")).as("the work moved on").isNotNull();
    }

    @Test
    void onlyManagersSuspendAndResumeAndAReasonIsNeeded() {
        String engagementId = firstContact("Whosuspendsshire");

        assertThat(locus.post("sam", "/api/engagements/" + engagementId + "/suspend", reason("Staff try")).statusCode()).isEqualTo(403);
        assertThat(locus.post("alex", "/api/engagements/" + engagementId + "/suspend", reason("An auditor tries")).statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = locus.post("morgan", "/api/engagements/" + engagementId + "/suspend", ApiJson.object("{}"));
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(errors(noReason).getString("reason")).isEqualTo("Enter the reason");
        assertThat(locus.post("morgan", "/api/engagements/" + UUID.randomUUID() + "/suspend", reason("Nobody")).statusCode()).isEqualTo(404);
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/resume", reason("Not suspended")).statusCode()).isEqualTo(409);
        String taskId = openTask(engagementId, "assessFit").getString("id");
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/claim").statusCode()).as("never suspended").isEqualTo(204);
    }

    @Test
    void withdrawsDuringIntakeEndingItWithItsTasksAndKeepingItReadable() {
        String engagementId = firstContact("Withdrawintakeshire");

        HttpResponse<String> withdrawn = locus.post("morgan", "/api/engagements/" + engagementId + "/withdraw",
                reason("The new leader wants to pause all outside support"));

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
        JsonObject engagement = locus.getObject("alex", "/api/engagements/" + engagementId);
        assertThat(engagement.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks")).isEmpty();
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/withdraw", reason("Again")).statusCode())
                .as("once ended").isEqualTo(409);
    }

    @Test
    void withdrawsDuringTheDiagnosticByItsLeadButNotByAnotherStaffMember() {
        String engagementId = agreed("Withdrawdiagshire");
        assertThat(locus.getObject("sam", "/api/engagements/" + engagementId).getString("stage")).isEqualTo("DIAGNOSTIC");

        HttpResponse<String> byEnabler = locus.post("priya", "/api/engagements/" + engagementId + "/withdraw", reason("Not mine to say"));
        HttpResponse<String> byAuditor = locus.post("alex", "/api/engagements/" + engagementId + "/withdraw", reason("Not mine to say"));
        HttpResponse<String> noReason = locus.post("sam", "/api/engagements/" + engagementId + "/withdraw", ApiJson.object("""
                {"reason": ""}"""));
        assertThat(byEnabler.statusCode()).as(byEnabler.body()).isEqualTo(403);
        assertThat(byAuditor.statusCode()).as(byAuditor.body()).isEqualTo(403);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(locus.getObject("sam", "/api/engagements/" + engagementId).getString("status")).as("nothing changed").isEqualTo("OPEN");

        HttpResponse<String> byLead = locus.post("sam", "/api/engagements/" + engagementId + "/withdraw",
                reason("The council's budget was cut"));

        assertThat(byLead.statusCode()).as(byLead.body()).isEqualTo(204);
        assertThat(locus.getObject("sam", "/api/engagements/" + engagementId).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks")).isEmpty();
        assertThat(locus.get("alex", "/api/diagnostics/" + engagementId).statusCode()).as("still readable in full").isIn(200, 404);
    }

    @Test
    void listsIncidentsForManagersAndAuditorsAndRetriesOnlyForManagers() {
        assertThat(locus.get("morgan", "/api/incidents").statusCode()).isEqualTo(200);
        assertThat(locus.get("alex", "/api/incidents").statusCode()).isEqualTo(200);
        assertThat(locus.get("sam", "/api/incidents").statusCode()).isEqualTo(403);
        assertThat(locus.post("alex", "/api/incidents/" + UUID.randomUUID() + "/retry").statusCode()).isEqualTo(403);
        assertThat(locus.post("sam", "/api/incidents/" + UUID.randomUUID() + "/retry").statusCode()).isEqualTo(403);
        assertThat(locus.post("morgan", "/api/incidents/" + UUID.randomUUID() + "/retry").statusCode()).isEqualTo(404);
    }

    private String firstContact(String placeStem) {
        String place = placeStem + " " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place, "Cllr Ada Hale"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiJson.object(created.body()).getString("engagementId");
    }

    /** A new engagement taken through intake, agreed with Sam as lead and Priya as enabler; returns its id. */
    private String agreed(String placeStem) {
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
        complete("morgan", engagementId, "approveAgreement", ApiJson.object("""
                {"approved": true}"""));
        complete("morgan", engagementId, "assignTeam", ApiJson.object("""
                {"lead": "sam", "enablers": ["priya"]}"""));
        return engagementId;
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

    private static String assigneeOf(JsonObject task) {
        return task.containsKey("assignee") && !task.isNull("assignee") ? task.getString("assignee") : null;
    }

    private static JsonObject reassignment(String to, String reason, String expectedAssignee) {
        var body = Json.createObjectBuilder().add("to", to).add("reason", reason);
        if (expectedAssignee != null) {
            body.add("expectedAssignee", expectedAssignee);
        }
        return body.build();
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }

    private static JsonObject errors(HttpResponse<String> response) {
        return ApiJson.object(response.body()).getJsonObject("errors");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
