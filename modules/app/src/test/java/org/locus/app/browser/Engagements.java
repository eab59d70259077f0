package org.locus.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Brings an engagement to the task a browser test is about through Locus's own API, so that each
 * test starts where it needs to and stands alone.
 */
final class Engagements implements AutoCloseable {

    static final String ASSESS_FIT = """
            {"topTeamInvolved": true, "placeBased": true, "capacityAvailable": true, "fundingAvailable": true}""";
    static final String CONFIRM_FIT = """
            {"decision": "accept"}""";

    private final APIRequestContext sam;

    Engagements(Playwright playwright, String baseUrl) {
        String credentials = Base64.getEncoder().encodeToString("sam:locus-demo".getBytes(StandardCharsets.UTF_8));
        this.sam = playwright.request().newContext(new APIRequest.NewContextOptions().setBaseURL(baseUrl)
                .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + credentials, "Accept", "application/json")));
    }

    /** A first contact for the place from its political leader; returns the engagement's id. */
    String logFirstContact(String place, String contactName) {
        JsonObject created = json(post("/api/enquiries", """
                {"placeName": "%1$s",
                 "organisations": ["%1$s Council", "%1$s NHS Trust"],
                 "contactName": "%2$s",
                 "contactRole": "POLITICAL",
                 "contactJobTitle": "Leader of the council",
                 "contactOrganisation": "%1$s Council",
                 "presentingIssue": "The top team wants to work better with partners.",
                 "howHeard": "A peer at the LGA conference"}""".formatted(place, contactName), 201));
        return created.getString("engagementId");
    }

    /** Completes the engagement's one open task as sam with the task's values. */
    void completeOpenTask(String engagementId, String values) {
        post("/api/tasks/" + openTaskId(engagementId) + "/complete", values, 204);
    }

    /** A new engagement waiting at "Draft the agreement and record sign-off"; returns its id. */
    String atDraftAgreement(String place) {
        String engagementId = logFirstContact(place, "Cllr Ada Hale");
        completeOpenTask(engagementId, ASSESS_FIT);
        completeOpenTask(engagementId, CONFIRM_FIT);
        completeOpenTask(engagementId, """
                {"politicalSponsor": {"name": "Cllr Ada Hale", "jobTitle": "Leader of the council", "organisation": "%1$s Council"},
                 "managerialSponsor": {"name": "Ben Ortiz", "jobTitle": "Chief executive", "organisation": "%1$s Council"}}"""
                .formatted(place));
        return engagementId;
    }

    String openTaskId(String engagementId) {
        return openTask(engagementId).getString("id");
    }

    /** The engagement's one open task, as the API gives it (id, key, assignee...). */
    JsonObject openTask(String engagementId) {
        APIResponse response = sam.get("/api/engagements/" + engagementId + "/tasks");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.text()))) {
            JsonArray tasks = reader.readArray();
            assertThat(tasks).as("open tasks of %s", engagementId).hasSize(1);
            return tasks.getJsonObject(0);
        }
    }

    /** What intake knows about the engagement, as the API gives it. */
    JsonObject summary(String engagementId) {
        APIResponse response = sam.get("/api/engagements/" + engagementId);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return json(response);
    }

    private APIResponse post(String path, String body, int expected) {
        APIResponse response = sam.post(path, RequestOptions.create().setHeader("Content-Type", "application/json").setData(body));
        assertThat(response.status()).as("%s: %s", path, response.text()).isEqualTo(expected);
        return response;
    }

    private static JsonObject json(APIResponse response) {
        try (var reader = Json.createReader(new StringReader(response.text()))) {
            return reader.readObject();
        }
    }

    @Override
    public void close() {
        sam.dispose();
    }
}
