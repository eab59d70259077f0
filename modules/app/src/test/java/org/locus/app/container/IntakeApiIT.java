package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * The REST API as a client meets it: clear answers for bad input (400 with a problem per field),
 * for a task someone else completed (409), for the wrong role (403), and a rejected request
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeApiIT {

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void logsAFirstContactAndOffersItsFirstTaskToStaff() {
        String place = "Apishire " + UUID.randomUUID();

        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact(place));

        assertThat(created.statusCode()).isEqualTo(201);
        String engagementId = ApiJson.object(created.body()).getString("engagementId");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/engagements/" + engagementId));
        JsonObject summary = locus.getObject("alex", "/api/engagements/" + engagementId);
        assertThat(summary.getString("placeName")).isEqualTo(place);
        assertThat(summary.getString("status")).isEqualTo("OPEN");
        assertThat(openTaskOf(engagementId).getString("key")).isEqualTo("assessFit");
    }

    @Test
    void answersBadValuesWithAProblemPerFieldAndSavesNothing() {
        String place = "Badshire " + UUID.randomUUID();
        JsonObject missingContact = Json.createObjectBuilder(ApiJson.firstContact(place)).remove("contactName").build();

        HttpResponse<String> response = locus.post("sam", "/api/enquiries", missingContact);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = ApiJson.object(response.body());
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonObject("errors").getString("contactName")).isEqualTo("Enter the contact's name");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(locus.getObject("sam", "/api/places/check?name=" + place.replace(" ", "%20")).getBoolean("known"))
                .as("the place of a rejected first contact").isFalse();
    }

    @Test
    void firstContactsForTheSameNewPlaceAtOnceAreSavedOrRefusedWithA409NeverA500() throws Exception {
        String place = "Raceshire " + UUID.randomUUID();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String user = i % 2 == 0 ? "sam" : "priya";
                responses.add(pool.submit(() -> {
                    start.await();
                    return locus.post(user, "/api/enquiries", ApiJson.firstContact(place));
                }));
            }
            start.countDown();
            int saved = 0;
            for (Future<HttpResponse<String>> response : responses) {
                HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409);
                if (answer.statusCode() == 201) {
                    saved++;
                } else {
                    assertThat(ApiJson.object(answer.body()).getString("detail")).contains("Send it again");
                }
            }
            assertThat(saved).isPositive();
            JsonObject check = locus.getObject("sam", "/api/places/check?name=" + place.replace(" ", "%20"));
            assertThat(check.getJsonArray("openEngagements")).as("one place, holding every saved engagement").hasSize(saved);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void answersMalformedJsonWithA400() {
        HttpResponse<String> response = locus.send("sam", "POST", "/api/enquiries", "{\"placeName\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void refusesToCompleteATaskSomeoneElseCompleted() {
        String engagementId = logFirstContact();
        String taskId = openTaskOf(engagementId).getString("id");

        HttpResponse<String> first = locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT);
        HttpResponse<String> second = locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT);

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(ApiJson.object(second.body()).getString("detail")).contains("already completed by sam");
        assertThat(openTaskOf(engagementId).getString("key")).isEqualTo("confirmFit");
    }

    @Test
    void leavesATaskAsItWasWhenItsValuesAreRejected() {
        String engagementId = logFirstContact();
        String taskId = openTaskOf(engagementId).getString("id");

        HttpResponse<String> rejected = locus.post("sam", "/api/tasks/" + taskId + "/complete",
                Json.createObjectBuilder().add("topTeamInvolved", true).build());

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(ApiJson.object(rejected.body()).getJsonObject("errors").keySet())
                .contains("placeBased", "capacityAvailable", "fundingAvailable");
        JsonObject task = openTaskOf(engagementId);
        assertThat(task.getString("id")).isEqualTo(taskId);
        assertThat(task.get("assignee")).as("not even claimed").isIn(null, JsonValue.NULL);
    }

    @Test
    void refusesATasksValuesWithAFieldItDoesNotTakeNamingIt() {
        String engagementId = logFirstContact();
        String taskId = openTaskOf(engagementId).getString("id");

        HttpResponse<String> rejected = locus.post("sam", "/api/tasks/" + taskId + "/complete",
                Json.createObjectBuilder(ApiJson.ASSESS_FIT).add("fundingAvailabel", true).build());

        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(ApiJson.object(rejected.body()).getJsonObject("errors").keySet()).containsExactly("fundingAvailabel");
        assertThat(openTaskOf(engagementId).getString("id")).isEqualTo(taskId);
    }

    @Test
    void publishesTheSchemaOfTheValuesEachTaskTakes() {
        String engagementId = logFirstContact();
        String taskId = openTaskOf(engagementId).getString("id");

        HttpResponse<String> answer = locus.get("sam", "/api/tasks/" + taskId + "/schema");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/schema+json"));
        JsonObject schema = ApiJson.object(answer.body());
        JsonObject properties = schema.getJsonObject("properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrder("topTeamInvolved", "placeBased", "capacityAvailable",
                "fundingAvailable", "notes");
        assertThat(properties.getJsonObject("placeBased").getString("type")).isEqualTo("boolean");
        assertThat(properties.getJsonObject("notes").getInt("maxLength")).isEqualTo(4000);
        assertThat(schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("topTeamInvolved", "placeBased", "capacityAvailable", "fundingAvailable");
        assertThat(schema.getBoolean("additionalProperties")).as("fields it does not list are refused").isFalse();

        // Once the task moves on, the next one's schema is another.
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT).statusCode()).isEqualTo(204);
        String confirmId = openTaskOf(engagementId).getString("id");
        JsonObject confirm = locus.getObject("sam", "/api/tasks/" + confirmId + "/schema");
        assertThat(confirm.getJsonObject("properties").getJsonObject("decision").getJsonArray("enum")
                .getValuesAs(jakarta.json.JsonString::getString)).containsExactly("ACCEPT", "REFER_ELSEWHERE");
        assertThat(locus.get("alex", "/api/tasks/" + confirmId + "/schema").statusCode()).as("an auditor").isEqualTo(403);
        assertThat(locus.get("sam", "/api/tasks/" + taskId + "/schema").statusCode()).as("a completed task").isEqualTo(409);
    }

    @Test
    void letsOnlyTheTasksGroupClaimIt() {
        String engagementId = logFirstContact();
        String taskId = openTaskOf(engagementId).getString("id");

        assertThat(locus.post("morgan", "/api/tasks/" + taskId + "/claim").statusCode()).as("a manager on a staff task").isEqualTo(403);
        assertThat(locus.post("alex", "/api/tasks/" + taskId + "/claim").statusCode()).as("an auditor").isEqualTo(403);
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/claim").statusCode()).isEqualTo(204);
        assertThat(locus.post("priya", "/api/tasks/" + taskId + "/claim").statusCode()).as("claimed by sam").isEqualTo(409);
        assertThat(locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT).statusCode()).isEqualTo(409);
        assertThat(locus.post("sam", "/api/tasks/" + taskId + "/unclaim").statusCode()).isEqualTo(204);
        assertThat(locus.post("priya", "/api/tasks/" + taskId + "/complete", ApiJson.ASSESS_FIT).statusCode()).isEqualTo(204);
    }

    private String logFirstContact() {
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact("Taskshire " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiJson.object(created.body()).getString("engagementId");
    }

    /** The one open task of an engagement, from its summary as the API gives it. */
    private JsonObject openTaskOf(String engagementId) {
        JsonArray tasks = locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks");
        assertThat(tasks).as("open tasks of %s", engagementId).hasSize(1);
        return tasks.getJsonObject(0);
    }
}
