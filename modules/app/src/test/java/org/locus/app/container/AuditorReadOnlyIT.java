package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.catalogue.HtmlForm;
import org.locus.app.client.ApiJson;

/**
 * Auditors read and change nothing, proved over everything the catalogue finds rather than a list kept
 * by hand: every state-changing operation of Locus's {@code /openapi} document, every state-changing form
 * of every page (as the person it belongs to sees it, then posted by the auditor; and every form the
 * auditor sees himself), and every state-changing call of Camunda's REST API as Camunda's own OpenAPI
 * document for 7.24.0 lists it. Each is a 403 for the demo auditor {@code alex}, and the row count of
 * every table, Locus's and the engine's, is the same afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class AuditorReadOnlyIT {

    private static final String AUDITOR = "alex";
    private static final List<String> CHANGING = List.of("POST", "PUT", "PATCH", "DELETE");

    private final LocusClient locus = LocusClient.forTestServer();
    private final RowCounts rows = new RowCounts(locus);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war().addClasses(TableCountsResource.class);
    }

    @Test
    void anAuditorIsRefusedEveryStateChangingOperationOfTheApi() {
        Catalogue catalogue = new Catalogue(locus);
        List<ServedApi.Operation> changing = catalogue.operations().stream().filter(o -> CHANGING.contains(o.method())).toList();
        assertThat(changing).as("state-changing operations in /openapi").extracting(Object::toString)
                .contains("POST /api/enquiries", "POST /api/tasks/{id}/complete");
        Journeys.Waiting fixture = catalogue.journeys().at("assessFit", "Auditshire");

        List<String> faults = new ArrayList<>();
        for (ServedApi.Operation operation : changing) {
            String path = operation.template().replaceAll("/tasks/\\{[^}]+}", "/tasks/" + fixture.taskId())
                    .replaceAll("\\{[^}]+}", fixture.engagementId());
            JsonObject body = operation.template().endsWith("/complete") ? ApiJson.ASSESS_FIT
                    : HostileInputIT.example(catalogue.api(), operation);
            Map<String, Long> before = rows.now();
            HttpResponse<String> answer = locus.send(AUDITOR, operation.method(), path, body.toString());
            judge(operation.toString(), answer.statusCode(), before, faults);
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void anAuditorIsRefusedEveryStateChangingFormOfEveryPage() {
        Catalogue catalogue = new Catalogue(locus);
        List<Catalogue.Found> forms = catalogue.stateChangingForms().stream()
                // Signing in and out is not a change to anything an auditor reads.
                .filter(f -> !f.form().action().startsWith("/logout") && !f.form().page().equals("/login.xhtml")).toList();
        assertThat(forms).as("state-changing forms").hasSizeGreaterThanOrEqualTo(12);

        List<String> faults = new ArrayList<>();
        PageClient auditor = PageClient.of(locus, AUDITOR);
        for (Catalogue.Found found : forms) {
            // The form as its person was given it, sent by the auditor in his own session.
            Map<String, Long> before = rows.now();
            HttpResponse<String> answer = auditor.post(found.form().action(), found.form().values(), auditor.ownOrigin());
            judge(found + " posted by the auditor", answer.statusCode(), before, faults);
        }
        // Every form the auditor is shown himself, on every page he may open, sent as he was given it.
        for (Catalogue.Visit visit : catalogue.visits()) {
            Catalogue.Opened opened = visit.open().get();
            HttpResponse<String> page = auditor.get(opened.url());
            if (page.statusCode() != 200) {
                continue;
            }
            for (HtmlForm form : HtmlForm.in(visit.view().path(), page.body())) {
                if (!form.changesState() || form.action().startsWith("/logout")) {
                    continue;
                }
                for (HtmlForm.Button button : form.buttons().isEmpty() ? java.util.Collections.<HtmlForm.Button>singletonList(null) : form.buttons()) {
                    Map<String, Long> before = rows.now();
                    HttpResponse<String> answer = auditor.post(form.action(), form.values(button), auditor.ownOrigin());
                    Map<String, String> changed = RowCounts.changed(before, rows.now());
                    if (!changed.isEmpty() || answer.statusCode() >= 500) {
                        faults.add(form + " as the auditor sees it -> " + answer.statusCode() + ", wrote " + changed);
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void anAuditorIsRefusedEveryStateChangingCallOfCamundasRestApi() {
        JsonObject paths = camundaDocument().getJsonObject("paths");
        List<String> calls = new ArrayList<>();
        paths.forEach((template, item) -> item.asJsonObject().keySet().stream().map(String::toUpperCase).filter(CHANGING::contains)
                .forEach(method -> calls.add(method + " " + template)));
        assertThat(calls).as("Camunda's state-changing calls").hasSizeGreaterThan(100)
                .contains("POST /process-definition/key/{key}/start", "POST /task/{id}/complete", "POST /deployment/create",
                        "PUT /process-instance/{id}/variables/{varName}", "DELETE /process-instance/{id}");

        List<String> faults = new ArrayList<>();
        Map<String, Long> before = rows.now();
        for (String call : calls) {
            String method = call.substring(0, call.indexOf(' '));
            String path = "/engine-rest" + call.substring(call.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "engagement");
            HttpResponse<String> answer = locus.send(AUDITOR, method, path, "{}");
            if (answer.statusCode() != 403) {
                faults.add(call + " -> " + answer.statusCode());
            }
        }
        assertThat(RowCounts.changed(before, rows.now())).as("rows after %d calls", calls.size()).isEmpty();
        assertThat(faults).isEmpty();
    }

    private void judge(String what, int status, Map<String, Long> before, List<String> faults) {
        Map<String, String> changed = RowCounts.changed(before, rows.now());
        if (status != 403 || !changed.isEmpty()) {
            faults.add(what + " -> " + status + (changed.isEmpty() ? "" : ", wrote " + changed));
        }
    }

    private static JsonObject camundaDocument() {
        try (InputStream in = AuditorReadOnlyIT.class.getClassLoader().getResourceAsStream("openapi.json")) {
            assertThat(in).as("Camunda's openapi.json (camunda-engine-rest-openapi)").isNotNull();
            return ApiJson.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
