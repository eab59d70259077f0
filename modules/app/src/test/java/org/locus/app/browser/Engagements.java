package org.locus.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import org.locus.app.client.ApiJson;

/**
 * Brings an engagement to the task a browser test is about through Locus's own API, so that each
 * test starts where it needs to and stands alone.
 */
final class Engagements implements AutoCloseable {

    private final APIRequestContext sam;

    Engagements(Playwright playwright, String baseUrl) {
        String credentials = Base64.getEncoder().encodeToString("sam:locus-demo".getBytes(StandardCharsets.UTF_8));
        this.sam = playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(baseUrl)
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + credentials, "Accept", "application/json")));
    }

    /** A first contact for the place from its political leader; returns the engagement's id. */
    String logFirstContact(String place, String contactName) {
        APIResponse created = post("/api/enquiries", ApiJson.firstContact(place, contactName), 201);
        return ApiJson.object(created.text()).getString("engagementId");
    }

    /** Completes the engagement's one open task as sam with the task's values. */
    void completeOpenTask(String engagementId, JsonObject values) {
        post("/api/tasks/" + openTaskId(engagementId) + "/complete", values, 204);
    }

    /** A new engagement waiting at "Draft the agreement and record sign-off"; returns its id. */
    String atDraftAgreement(String place) {
        String engagementId = logFirstContact(place, "Cllr Ada Hale");
        completeOpenTask(engagementId, ApiJson.ASSESS_FIT);
        completeOpenTask(engagementId, ApiJson.CONFIRM_FIT);
        completeOpenTask(engagementId, Json.createObjectBuilder()
                .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council"))
                .build());
        return engagementId;
    }

    String openTaskId(String engagementId) {
        return openTask(engagementId).getString("id");
    }

    /** The engagement's one open task, as the API gives it (id, key, assignee...). */
    JsonObject openTask(String engagementId) {
        APIResponse response = sam.get("/api/engagements/" + engagementId + "/tasks");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonArray tasks = ApiJson.array(response.text());
        assertThat(tasks).as("open tasks of %s", engagementId).hasSize(1);
        return tasks.getJsonObject(0);
    }

    /** What intake knows about the engagement, as the API gives it. */
    JsonObject summary(String engagementId) {
        APIResponse response = sam.get("/api/engagements/" + engagementId);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return ApiJson.object(response.text());
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }

    private APIResponse post(String path, JsonStructure body, int expected) {
        APIResponse response = sam.post(path, RequestOptions.create().setHeader("Content-Type", "application/json")
                .setData(body.toString()));
        assertThat(response.status()).as("%s: %s", path, response.text()).isEqualTo(expected);
        return response;
    }

    @Override
    public void close() {
        sam.dispose();
    }
}
