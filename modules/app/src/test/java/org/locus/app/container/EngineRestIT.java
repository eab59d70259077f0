package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;
import org.locus.app.enginerest.CamundaContract;

/**
 * Camunda's own REST API at /engine-rest, as Camunda Modeler and Camunda's tools use it: admins only, its
 * answers as Camunda's own OpenAPI document for 7.24.0 has them, a Modeler deployment, a failed call that
 * leaves nothing, and Locus's own /api untouched by Camunda's resources and providers.
 */
@ExtendWith(ArquillianExtension.class)
class EngineRestIT {

    private static final String NOBODY = null;
    private static final String STAFF = "sam";
    private static final String MANAGER = "morgan";
    private static final String AUDITOR = "alex";
    private static final String ADMIN = "ada";

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void letsOnlyAdminsIn() {
        SoftAssertions softly = new SoftAssertions();
        for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/engine-rest/process-definition")) {
            softly.assertThat(locus.get(ADMIN, path).statusCode()).as("admin " + path).isEqualTo(200);
            for (String user : List.of(STAFF, MANAGER, AUDITOR)) {
                softly.assertThat(locus.get(user, path).statusCode()).as(user + " " + path).isEqualTo(403);
            }
            HttpResponse<String> anonymous = locus.get(NOBODY, path);
            softly.assertThat(anonymous.statusCode()).as("nobody " + path).isEqualTo(401);
            softly.assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Locus\"");
        }
        softly.assertAll();
    }

    @Test
    void leavesLocusApiAsItWas() {
        // Camunda's root resource has the path "": scanned into /api it would answer /api/engine and /api/task.
        assertThat(locus.get(ADMIN, "/api/engine").statusCode()).isEqualTo(404);
        assertThat(locus.get(STAFF, "/api/task").statusCode()).isEqualTo(404);
        HttpResponse<String> missing = locus.get(STAFF, "/api/tasks/" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        // Locus's API document keeps to /api: Camunda's API is documented by Camunda.
        JsonObject paths = ApiJson.object(locus.get(NOBODY, "/openapi?format=JSON").body()).getJsonObject("paths");
        assertThat(paths.keySet()).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/"));
        // Locus's body checks still hold on /api (Camunda's Jackson provider would read it leniently).
        HttpResponse<String> truncated = locus.sendRaw(STAFF, "POST", "/api/enquiries", "application/json",
                "{\"place\": [1, 2".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(truncated.body()).contains("urn:locus:problem:invalid-json");
    }

    @Test
    void answersAsCamundasOwnOpenApiDocumentSays() {
        CamundaContract contract = CamundaContract.published();
        List<String> violations = new ArrayList<>();
        String key = probeKey();
        String businessKey = "contract-" + UUID.randomUUID();

        HttpResponse<String> deployed = modelerDeployment(ADMIN, key, diagram(key));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        check(contract, violations, "POST", "/engine-rest/deployment/create", deployed);

        HttpResponse<String> started = locus.send(ADMIN, "POST", "/engine-rest/process-definition/key/" + key + "/start",
                Json.createObjectBuilder().add("businessKey", businessKey)
                        .add("variables", Json.createObjectBuilder().add("amount",
                                Json.createObjectBuilder().add("value", 42).add("type", "Integer"))).build().toString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        check(contract, violations, "POST", "/engine-rest/process-definition/key/" + key + "/start", started);
        String instanceId = ApiJson.object(started.body()).getString("id");

        JsonArray tasks = ApiJson.array(read(contract, violations, "/engine-rest/task", "?processInstanceBusinessKey=" + businessKey));
        assertThat(tasks).hasSize(1);
        String taskId = tasks.getJsonObject(0).getString("id");

        read(contract, violations, "/engine-rest/engine", "");
        read(contract, violations, "/engine-rest/process-definition", "?key=" + key);
        read(contract, violations, "/engine-rest/process-definition/key/" + key, "");
        read(contract, violations, "/engine-rest/deployment", "?source=Camunda%20Modeler");
        read(contract, violations, "/engine-rest/task/" + taskId, "");
        read(contract, violations, "/engine-rest/task/count", "?processInstanceBusinessKey=" + businessKey);
        read(contract, violations, "/engine-rest/process-instance", "?businessKey=" + businessKey);
        read(contract, violations, "/engine-rest/history/process-instance", "?processInstanceBusinessKey=" + businessKey);
        String variables = read(contract, violations, "/engine-rest/process-instance/" + instanceId + "/variables", "");
        assertThat(ApiJson.object(variables).getJsonObject("amount").getInt("value")).isEqualTo(42);
        read(contract, violations, "/engine-rest/incident", "?processInstanceId=" + instanceId);

        HttpResponse<String> completed = locus.send(ADMIN, "POST", "/engine-rest/task/" + taskId + "/complete",
                Json.createObjectBuilder().add("variables", Json.createObjectBuilder().add("approved",
                        Json.createObjectBuilder().add("value", true).add("type", "Boolean"))).build().toString());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
        check(contract, violations, "POST", "/engine-rest/task/" + taskId + "/complete", completed);

        HttpResponse<String> gone = locus.get(ADMIN, "/engine-rest/task/" + taskId);
        assertThat(gone.statusCode()).isEqualTo(404);
        check(contract, violations, "GET", "/engine-rest/task/" + taskId, gone);

        assertThat(violations).isEmpty();
    }

    @Test
    void takesAModelerDeploymentFromAnAdminOnly() {
        String key = probeKey();
        String bpmn = diagram(key);
        for (String user : List.of(STAFF, MANAGER, AUDITOR)) {
            assertThat(modelerDeployment(user, key, bpmn).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(modelerDeployment(NOBODY, key, bpmn).statusCode()).isEqualTo(401);
        assertThat(definitionsOf(key)).as("nothing deployed by the refused").isZero();

        HttpResponse<String> deployed = modelerDeployment(ADMIN, key, bpmn);
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        JsonObject deployment = ApiJson.object(deployed.body());
        assertThat(deployment.getString("name")).isEqualTo(key);
        assertThat(deployment.getString("source")).isEqualTo("Camunda Modeler");
        assertThat(deployment.getJsonObject("deployedProcessDefinitions")).hasSize(1);

        // deploy-changed-only: the same file again makes no new version.
        assertThat(modelerDeployment(ADMIN, key, bpmn).statusCode()).isEqualTo(200);
        assertThat(definitionsOf(key)).isEqualTo(1);
    }

    @Test
    void aFailedCallLeavesNothingBehind() {
        String key = probeKey();
        String good = diagram(key);
        // A sequence flow between elements that do not exist: Camunda refuses the whole deployment.
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "targetNamespace=\"probe\"><process id=\"" + key + "Broken\" isExecutable=\"true\">"
                + "<sequenceFlow id=\"dangling\" sourceRef=\"nowhere\" targetRef=\"nothing\"/></process></definitions>";
        int deployments = locus.getObject(ADMIN, "/engine-rest/deployment/count").getInt("count");

        HttpResponse<String> refused = multipart(ADMIN, key, Map.of(key + ".bpmn", good, key + "Broken.bpmn", broken));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(ApiJson.object(refused.body()).getString("type")).isNotBlank();
        assertThat(definitionsOf(key)).as("the good file of the failed deployment").isZero();
        assertThat(locus.getObject(ADMIN, "/engine-rest/deployment/count").getInt("count")).isEqualTo(deployments);
    }

    private String read(CamundaContract contract, List<String> violations, String path, String query) {
        HttpResponse<String> response = locus.get(ADMIN, path + query);
        assertThat(response.statusCode()).as("GET %s%s: %s", path, query, response.body()).isEqualTo(200);
        check(contract, violations, "GET", path, response);
        return response.body();
    }

    private static void check(CamundaContract contract, List<String> violations, String method, String path, HttpResponse<String> response) {
        violations.addAll(contract.violations(method, path, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body()));
    }

    private int definitionsOf(String key) {
        return locus.getObject(ADMIN, "/engine-rest/process-definition/count?key=" + key).getInt("count");
    }

    private HttpResponse<String> modelerDeployment(String user, String name, String bpmn) {
        return multipart(user, name, Map.of(name + ".bpmn", bpmn));
    }

    /** What Camunda Modeler sends to deploy: a multipart form with the deployment's name, its source and the files. */
    private HttpResponse<String> multipart(String user, String name, Map<String, String> files) {
        String boundary = "locus" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "deployment-name", null, name);
        field(body, boundary, "deploy-changed-only", null, "true");
        field(body, boundary, "deployment-source", null, "Camunda Modeler");
        files.forEach((file, content) -> field(body, boundary, file, file, content));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return locus.sendRaw(user, "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), Duration.ofSeconds(30));
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String fileName, String value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String probeKey() {
        return "modelerProbe" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A process with one user task; its elements have fixed ids, so the same key gives the same file. */
    private static String diagram(String key) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent("probeStarted").userTask("reviewProbe").name("Review the probe").endEvent("probeEnded").done());
    }
}
