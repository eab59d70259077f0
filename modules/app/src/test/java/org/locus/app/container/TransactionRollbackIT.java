package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * Domain rows and engine state live in one JTA transaction on one data source: when a request
 * fails after both were written, neither is left behind. The failing requests come from a
 * resource deployed only with this test ({@link FailingRequestsResource}).
 */
@ExtendWith(ArquillianExtension.class)
class TransactionRollbackIT {

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war().addClasses(FailingRequestsResource.class, FailingRequestsResource.SimulatedFailure.class);
    }

    @Test
    void leavesNoRowsAndNoProcessWhenARequestFailsAfterStartingIt() {
        String place = "Rollbackshire-" + UUID.randomUUID();
        long instancesBefore = engineState(null, null).getJsonNumber("engagementInstances").longValue();

        HttpResponse<String> failed = locus.post("sam", "/api/test-failures/first-contact/" + place);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("SimulatedFailure").doesNotContain("at org.");
        assertThat(placeKnown(place)).as("the place's row").isFalse();
        assertThat(engineState(null, null).getJsonNumber("engagementInstances").longValue())
                .as("process instances, running or ended").isEqualTo(instancesBefore);
    }

    @Test
    void leavesTheTaskOpenAndNoRowsWhenARequestFailsAfterCompletingIt() {
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", ApiJson.firstContact("Committedshire " + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String engagementId = ApiJson.object(created.body()).getString("engagementId");
        JsonObject task = locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks").getJsonObject(0);
        String taskId = task.getString("id");
        String another = "Vanishingshire-" + UUID.randomUUID();

        HttpResponse<String> failed = locus.post("sam", "/api/test-failures/complete/" + taskId + "/then-first-contact/" + another);

        assertThat(failed.statusCode()).isEqualTo(500);
        JsonArray after = locus.getArray("sam", "/api/engagements/" + engagementId + "/tasks");
        assertThat(after).hasSize(1);
        assertThat(after.getJsonObject(0).getString("id")).isEqualTo(taskId);
        JsonObject engine = engineState(engagementId, taskId);
        assertThat(engine.getBoolean("finishedTask")).isFalse();
        assertThat(engine.getInt("variablesOfTask")).as("the variables the completion set").isZero();
        assertThat(placeKnown(another)).as("the other engagement's place row").isFalse();
    }

    private boolean placeKnown(String place) {
        return locus.getObject("sam", "/api/places/check?name=" + place).getBoolean("known");
    }

    private JsonObject engineState(String businessKey, String taskId) {
        StringBuilder query = new StringBuilder("/api/test-failures/engine-state?x=1");
        if (businessKey != null) {
            query.append("&businessKey=").append(businessKey);
        }
        if (taskId != null) {
            query.append("&taskId=").append(taskId);
        }
        return locus.getObject("sam", query.toString());
    }
}
