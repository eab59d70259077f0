package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * What anyone may read without signing in, beyond the sign-in page: each health check's name and UP or
 * DOWN, and the API document (docs/security.md says why it is public).
 */
@ExtendWith(ArquillianExtension.class)
class PublicEndpointsIT {

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void anonymousHealthSaysOnlyTheStatusAndEachChecksNameAndStatus() {
        for (String path : new String[] {"/health", "/health/ready", "/health/live", "/health/started"}) {
            HttpResponse<String> answer = locus.get(null, path);
            assertThat(answer.statusCode()).as(path).isIn(200, 503);
            JsonObject health = ApiJson.object(answer.body());
            assertThat(health.keySet()).as(path).isEqualTo(Set.of("status", "checks"));
            assertThat(health.getString("status")).as(path).isIn("UP", "DOWN");
            for (JsonObject check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
                assertThat(check.keySet()).as("a check of %s: %s", path, check).isEqualTo(Set.of("name", "status"));
                assertThat(check.getString("status")).isIn("UP", "DOWN");
            }
        }
        JsonObject ready = ApiJson.object(locus.get(null, "/health/ready").body());
        assertThat(ready.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(check -> check.getString("name"))
                .contains("database", "process-engine");
    }

    @Test
    void theApiDocumentIsPublicAndListsOnlyLocusOwnApi() {
        HttpResponse<String> document = locus.send(null, "GET", "/openapi", null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/tasks").doesNotContain("/engine-rest");
    }
}
