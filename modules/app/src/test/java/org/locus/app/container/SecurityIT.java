package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * Each role on each page and endpoint of first contact and intake. A status that is not 401/403
 * shows the role got past security (404 for an unknown id, 400 for an empty body, 200 otherwise).
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String NOBODY = null;
    private static final String STAFF = "sam";
    private static final String MANAGER = "morgan";
    private static final String AUDITOR = "alex";
    private static final String ADMIN = "ada";

    private final LocusClient locus = LocusClient.forTestServer();
    private final String unknownId = UUID.randomUUID().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void asksForCredentialsOnTheApiAndSendsPeopleToSignIn() {
        HttpResponse<String> api = locus.get(NOBODY, "/api/tasks?scope=mine");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Locus\"");

        HttpResponse<String> page = locus.get(NOBODY, "/tasks/index.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml?next=%2Ftasks%2Findex.xhtml"));
    }

    @Test
    void refusesWrongPasswords() {
        HttpResponse<String> response = locus.send("sam:wrong", "GET", "/api/tasks", null);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void letsEachRoleOnlyWhereItBelongsInTheApi() {
        SoftAssertions softly = new SoftAssertions();
        expect(softly, "GET", "/api/tasks?scope=mine", null, roles(200, 200, 403, 403, 401));
        expect(softly, "GET", "/api/tasks?scope=groups", null, roles(200, 200, 403, 403, 401));
        expect(softly, "POST", "/api/tasks/" + unknownId + "/claim", "{}", roles(404, 404, 403, 403, 401));
        expect(softly, "POST", "/api/tasks/" + unknownId + "/unclaim", "{}", roles(404, 404, 403, 403, 401));
        expect(softly, "POST", "/api/tasks/" + unknownId + "/complete", "{}", roles(404, 404, 403, 403, 401));
        expect(softly, "POST", "/api/enquiries", "{}", roles(400, 403, 403, 403, 401));
        expect(softly, "GET", "/api/places/check?name=Nowhere", null, roles(200, 200, 403, 403, 401));
        expect(softly, "GET", "/api/engagements?status=COMPLETED", null, roles(200, 200, 200, 403, 401));
        expect(softly, "GET", "/api/engagements/" + unknownId, null, roles(404, 404, 404, 403, 401));
        expect(softly, "GET", "/api/overview?flag=OVERDUE", null, roles(403, 200, 200, 403, 401));
        expect(softly, "GET", "/api/overview?flag=LATE", null, roles(403, 400, 400, 403, 401));
        expect(softly, "GET", "/api/workload", null, roles(403, 200, 200, 403, 401));
        String reassignment = "{\"to\": \"priya\", \"reason\": \"On leave\"}";
        String reason = "{\"reason\": \"Pre-election period\"}";
        expect(softly, "POST", "/api/tasks/" + unknownId + "/reassign", reassignment, roles(403, 404, 403, 403, 401));
        expect(softly, "POST", "/api/engagements/" + unknownId + "/suspend", reason, roles(403, 404, 403, 403, 401));
        expect(softly, "POST", "/api/engagements/" + unknownId + "/resume", reason, roles(403, 404, 403, 403, 401));
        expect(softly, "POST", "/api/engagements/" + unknownId + "/withdraw", reason, roles(404, 404, 403, 403, 401));
        expect(softly, "GET", "/api/engagements/" + unknownId + "/tasks", null, roles(404, 404, 404, 403, 401));
        expect(softly, "GET", "/api/incidents", null, roles(403, 200, 200, 403, 401));
        expect(softly, "POST", "/api/incidents/" + unknownId + "/retry", "{}", roles(403, 404, 403, 403, 401));
        // Camunda's own REST API: admins only (EngineRestIT has the rest).
        expect(softly, "GET", "/engine-rest/engine", null, roles(403, 403, 403, 200, 401));
        expect(softly, "GET", "/engine-rest/task/" + unknownId, null, roles(403, 403, 403, 404, 401));
        softly.assertAll();
    }

    @Test
    void letsEachRoleOnlyWhereItBelongsInThePages() {
        SoftAssertions softly = new SoftAssertions();
        expect(softly, "GET", "/tasks/index.xhtml", null, roles(200, 200, 403, 403, 302));
        expect(softly, "GET", "/enquiries/new.xhtml", null, roles(200, 403, 403, 403, 302));
        expect(softly, "GET", "/intake/forms/assess-fit.xhtml?task=" + unknownId, null, roles(200, 200, 403, 403, 302));
        expect(softly, "GET", "/engagements/index.xhtml", null, roles(200, 200, 200, 403, 302));
        expect(softly, "GET", "/manage/index.xhtml?sort=PLACE", null, roles(403, 200, 200, 403, 302));
        expect(softly, "GET", "/manage/workload.xhtml", null, roles(403, 200, 200, 403, 302));
        expect(softly, "GET", "/index.xhtml", null, roles(200, 200, 200, 200, 302));
        expect(softly, "GET", "/manage/incidents.xhtml", null, roles(403, 200, 200, 403, 302));
        expect(softly, "GET", "/manage/reassign.xhtml?task=" + unknownId, null, roles(403, 200, 403, 403, 302));
        expect(softly, "GET", "/manage/suspend.xhtml?engagement=" + unknownId, null, roles(403, 200, 403, 403, 302));
        expect(softly, "GET", "/engagements/withdraw.xhtml?engagement=" + unknownId, null, roles(200, 200, 403, 403, 302));
        expect(softly, "GET", "/login.xhtml", null, roles(200, 200, 200, 200, 200));
        expect(softly, "GET", "/WEB-INF/web.xml", null, roles(404, 404, 404, 404, 404));
        expect(softly, "GET", "/layout/page.xhtml", null, roles(403, 403, 403, 403, 403));
        softly.assertAll();
    }

    @Test
    void answersHealthWithoutCredentials() {
        HttpResponse<String> ready = locus.get(NOBODY, "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject health = ApiJson.object(ready.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).extracting(check -> check.getString("name"))
                .contains("database", "process-engine");
    }

    private void expect(SoftAssertions softly, String method, String path, String body, Map<String, Integer> statusByUser) {
        statusByUser.forEach((user, status) -> softly
                .assertThat(locus.send(user, method, path, body).statusCode())
                .as("%s %s as %s", method, path, user == null ? "nobody" : user)
                .isEqualTo(status));
    }

    /** Expected statuses for staff, manager, auditor, admin, and nobody signed in. */
    private static Map<String, Integer> roles(int staff, int manager, int auditor, int admin, int nobody) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(STAFF, staff);
        expected.put(MANAGER, manager);
        expected.put(AUDITOR, auditor);
        expected.put(ADMIN, admin);
        expected.put(NOBODY, nobody);
        return expected;
    }
}
