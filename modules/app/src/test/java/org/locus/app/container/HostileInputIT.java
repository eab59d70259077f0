package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.catalogue.Corpus;
import org.locus.app.catalogue.HtmlForm;
import org.locus.app.catalogue.Leaks;
import org.locus.app.client.ApiJson;

/**
 * The hostile-input suite: every field of every operation of the served {@code /openapi} document and every
 * field of every form on every page (as {@link Catalogue} finds them) receives the {@link Corpus}: over-long
 * text, control characters and NUL, mixed scripts and emoji, SQL and script injection, wrong types, missing
 * and extra fields, broken, nested, huge and wrongly encoded bodies, odd path segments, query values and
 * methods. Every answer must be a 4xx with a message a person understands, or a 2xx when the value is fine
 * (emoji in a name); never a 5xx or anything that shows what runs Locus; a refused request must leave the
 * row count of every table, domain and engine, as it was ({@link TableCountsResource}); text that is
 * accepted, or shown back with its error, appears as text on the page, never as markup.
 * <p>
 * Bounded: a fixed corpus, a time budget ({@code -Dhostile.budget=PT6M}) after which the rest is counted as
 * skipped, traffic only to the test server on loopback. Its figures go to {@code docs/reliability.md}
 * ({@code -Dlocus.reliability.docs}, set by the build), between the markers of the database it ran on.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    /** Forms nobody fuzzes: the sign-in form (a wrong password is counted by sign-in throttling, which would
     * lock the suite and the other tests out) and the sign-out form (it has no fields). */
    private static final Set<String> NOT_FUZZED = Set.of("/logout", "/login.xhtml");

    /** Liberty's web container's own answer to a URI it will not decode (WebContainer.sendBadRequestResponse). */
    private static final java.util.regex.Pattern LIBERTY_REFUSAL = java.util.regex.Pattern.compile(
            "^\\{\"error_message\" : \"CWWWC0005I: ");

    private static final List<String> UNDECLARED_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "BREW");

    private final LocusClient locus = LocusClient.forTestServer();
    private final RawHttp raw = RawHttp.forTestServer();
    private final RowCounts rows = new RowCounts(locus);
    private final Verdicts verdicts = new Verdicts(Duration.parse(System.getProperty("hostile.budget", "PT6M")));
    private Map<String, Long> counts;
    /** The page the form being fuzzed was last opened on, with its engagement. */
    private Catalogue.Opened lastOpened;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war().addClasses(TableCountsResource.class);
    }

    @Test
    void findsEveryOperationPageAndForm() {
        Catalogue catalogue = new Catalogue(locus);
        catalogue.assertComplete();
        SoftAssertions softly = new SoftAssertions();
        for (Catalogue.Visit visit : catalogue.visits()) {
            HttpResponse<String> page = PageClient.of(locus, visit.user()).get(visit.open().get().url());
            if (visit.view().path().startsWith("/errors/")) {
                softly.assertThat(page.statusCode()).as("%s", visit).isLessThan(500);
            } else {
                softly.assertThat(page.statusCode()).as("%s opens (Catalogue.opener says who and with what)", visit).isEqualTo(200);
            }
        }
        softly.assertAll();
        List<Catalogue.Found> forms = catalogue.forms();
        assertThat(forms).extracting(found -> found.form().page()).as("pages with forms")
                .contains("/enquiries/new.xhtml", "/intake/forms/assess-fit.xhtml", "/diagnostic/forms/record-interviews.xhtml",
                        "/manage/reassign.xhtml", "/manage/suspend.xhtml", "/engagements/withdraw.xhtml", "/engagements/index.xhtml",
                        "/login.xhtml");
        // Every task form's page shows its form: a task form that rendered none would be fuzzed with nothing.
        catalogue.visits().stream().filter(v -> v.view().path().matches("/(intake|diagnostic)/forms/.*"))
                .forEach(v -> assertThat(forms).as("a form on %s", v).anyMatch(f -> f.form().page().equals(v.view().path()) && !f.form().fields().isEmpty()));
        assertThat(catalogue.stateChangingForms()).as("forms that change something").hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyFieldOfEveryOperationAndFormIsRefusedWellOrAcceptedAndShownAsText() {
        Catalogue catalogue = new Catalogue(locus);
        counts = rows.now();

        verdicts.phase(0.55);
        for (ServedApi.Operation operation : catalogue.operations()) {
            fuzzOperation(catalogue, operation);
        }
        verdicts.phase(0.9);
        for (Catalogue.Found found : catalogue.forms()) {
            if (!NOT_FUZZED.contains(found.form().action().replaceAll("\\?.*", "")) && !NOT_FUZZED.contains(found.form().page())) {
                fuzzForm(found);
            }
        }
        verdicts.phase(1);
        acceptedTextIsShownAsTextOnEveryPageThatShowsIt();

        String database = System.getProperty("locus.db", "h2");
        String docs = System.getProperty("locus.reliability.docs");
        verdicts.writeTo(Path.of("target", "reliability.md"), database);
        if (docs != null && !docs.isBlank()) {
            verdicts.writeTo(Path.of(docs), database);
        }
        System.out.println(verdicts.table(database));
        assertThat(verdicts.inputs()).as("inputs tried").isGreaterThan(1_000);
        assertThat(verdicts.faults()).as("faults (figures in target/reliability.md)").isEmpty();
    }

    // ---- the API ----

    private void fuzzOperation(Catalogue catalogue, ServedApi.Operation operation) {
        JsonObject description = catalogue.api().document().getJsonObject("paths").getJsonObject(operation.template())
                .getJsonObject(operation.method().toLowerCase());
        if (operation.template().equals("/api/tasks/{id}/complete")) {
            for (String taskKey : catalogue.journeys().taskKeys()) {
                fuzzBody(catalogue, operation, taskKey);
            }
        } else if (operation.takesBody()) {
            fuzzBody(catalogue, operation, "assessFit");
        }
        fuzzQuery(catalogue, operation, description);
        fuzzPath(catalogue, operation);
        fuzzMethods(catalogue, operation);
    }

    /** Every leaf of an accepted body gets every JSON value; each field is left out; one is added; whole bodies are broken. */
    private void fuzzBody(Catalogue catalogue, ServedApi.Operation operation, String taskKey) {
        Journeys.Waiting fixture = fixture(catalogue, taskKey);
        String user = operation.template().endsWith("/complete") ? fixture.user() : operation.user();
        JsonObject baseline = operation.template().endsWith("/complete")
                ? catalogue.journeys().valuesFor(taskKey, fixture.place())
                : example(catalogue.api(), operation);
        String what = operation + (operation.template().endsWith("/complete") ? " (" + taskKey + ")" : "");
        Map<String, JsonObject> mutations = new LinkedHashMap<>();
        for (String leaf : leaves(baseline, "")) {
            jsonValues().forEach((kind, value) -> mutations.put(leaf + " = " + kind, replaced(baseline, leaf, value)));
        }
        for (String field : baseline.keySet()) {
            mutations.put("without " + field, Json.createObjectBuilder(baseline).remove(field).build());
        }
        mutations.put("an unknown field", Json.createObjectBuilder(baseline).add("isAdmin", true).build());
        for (Map.Entry<String, JsonObject> mutation : mutations.entrySet()) {
            if (!verdicts.inTime()) {
                verdicts.skipped();
                continue;
            }
            verdicts.tried("API: a JSON field");
            String label = what + " with " + mutation.getKey();
            HttpResponse<String> answer = locus.sendRaw(user, operation.method(), path(operation, fixture), "application/json",
                    mutation.getValue().toString().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
            if (judgeApi(label, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                    answer.headers().map().toString(), answer.body())) {
                echoOnItsPage(label, mutation.getValue(), answer, fixture);
                if (movesOn(operation)) {
                    fixture = fixture(catalogue, taskKey);
                }
            }
        }
        for (Map.Entry<String, byte[]> body : Corpus.bodies().entrySet()) {
            verdicts.tried("API: a broken body");
            HttpResponse<String> answer = locus.sendRaw(user, operation.method(), path(operation, fixture), "application/json",
                    body.getValue(), Duration.ofSeconds(30));
            if (judgeApi(what + " with a body: " + body.getKey(), answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                    answer.headers().map().toString(), answer.body()) && movesOn(operation)) {
                fixture = fixture(catalogue, taskKey);
            }
        }
    }

    /** An operation that, once accepted, leaves its task or engagement where the next input could not reach the fields. */
    private static boolean movesOn(ServedApi.Operation operation) {
        return operation.template().matches(".*\\{[^}]+}/(complete|withdraw|suspend)");
    }

    private void fuzzQuery(Catalogue catalogue, ServedApi.Operation operation, JsonObject description) {
        List<String> names = new ArrayList<>();
        if (description.containsKey("parameters")) {
            description.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                    .filter(p -> "query".equals(p.getString("in", ""))).forEach(p -> names.add(p.getString("name")));
        }
        if (names.isEmpty()) {
            return;
        }
        Journeys.Waiting fixture = fixture(catalogue, "assessFit");
        boolean reads = operation.method().equals("GET");
        for (String name : names) {
            for (Map.Entry<String, String> value : Corpus.texts().entrySet()) {
                if (!verdicts.inTime()) {
                    verdicts.skipped();
                    continue;
                }
                verdicts.tried("API: a query parameter");
                String target = path(operation, fixture) + "?" + name + "=" + URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8);
                HttpResponse<String> answer = locus.send(operation.user(), operation.method(), target,
                        operation.takesBody() ? "{}" : null);
                String what = operation + " with " + name + " = " + value.getKey();
                if (reads) {
                    // A read is judged by its answer here; its rows once, after all its inputs (below).
                    judgeAnswer(what, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                            answer.headers().map().toString(), answer.body());
                } else if (judgeApi(what, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                        answer.headers().map().toString(), answer.body()) && movesOn(operation)) {
                    fixture = fixture(catalogue, "assessFit");
                }
            }
        }
        if (reads) {
            afterwards(operation + " with every query value", false);
        }
    }

    /** Odd path segments, sent byte for byte (Java's client would refuse some of them). */
    private void fuzzPath(Catalogue catalogue, ServedApi.Operation operation) {
        if (!operation.template().contains("{")) {
            return;
        }
        for (Map.Entry<String, String> segment : Corpus.pathSegments().entrySet()) {
            verdicts.tried("API: a path segment");
            String path = operation.template().replaceFirst("\\{[^}]+}", segment.getValue()).replaceAll("\\{[^}]+}", "no-such-id");
            RawHttp.Response answer = raw.send(head(operation.method(), path, operation.user(), operation.takesBody() ? 2 : 0),
                    operation.takesBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null);
            judgeRaw(operation + " with a path segment: " + segment.getKey(), answer, true);
        }
    }

    /** The methods a path does not declare. */
    private void fuzzMethods(Catalogue catalogue, ServedApi.Operation operation) {
        JsonObject item = catalogue.api().document().getJsonObject("paths").getJsonObject(operation.template());
        String path = operation.template().replaceAll("\\{[^}]+}", "no-such-id");
        for (String method : UNDECLARED_METHODS) {
            if (item.containsKey(method.toLowerCase()) || !operation.method().equals(firstMethod(item))) {
                continue;
            }
            verdicts.tried("API: an undeclared method");
            RawHttp.Response answer = raw.send(head(method, path, operation.user(), 0), null);
            judgeRaw(method + " " + operation.template(), answer, true);
        }
    }

    private static String firstMethod(JsonObject item) {
        return item.keySet().stream().filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                .findFirst().map(String::toUpperCase).orElse("");
    }

    private static List<String> head(String method, String path, String user, int length) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + LocusClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return List.of(method + " " + path + " HTTP/1.1", "Host: 127.0.0.1", "Accept: application/json",
                "Authorization: Basic " + credentials, "Content-Type: application/json", "Content-Length: " + length, "Connection: close");
    }

    /** Judges an answer of the API and the rows after it; true when the request was accepted or changed something. */
    private boolean judgeApi(String what, int status, String contentType, String headers, String body) {
        String described = judgeAnswer(what, status, contentType, headers, body);
        return afterwards(described, status >= 200 && status < 400);
    }

    /** Judges an answer of the API: no 5xx, no leak, a refusal in problem details that say what is wrong. */
    private String judgeAnswer(String what, int status, String contentType, String headers, String body) {
        String described = what + " -> " + status + " " + abbreviated(body);
        judgeCommon(described, status, headers + "\n" + body);
        if (status >= 400 && status < 500) {
            if (!contentType.startsWith("application/problem+json") || detail(body).isBlank()) {
                verdicts.notUnderstood(described);
            }
        }
        return described;
    }

    private void judgeRaw(String what, RawHttp.Response answer, boolean oursToWord) {
        String described = what + " -> " + answer.status() + " " + abbreviated(answer.body());
        if (answer.status() == 400 && LIBERTY_REFUSAL.matcher(answer.body()).find()) {
            // A malformed escape or an encoded dot segment is refused by Liberty's web container before any
            // application sees it, with a fixed body no setting changes (README: "Requests Liberty refuses"): counted apart.
            verdicts.refusedByTheContainer();
            afterwards(described, false);
            return;
        }
        String all = String.join("\n", answer.headers()) + "\n" + answer.body();
        judgeCommon(described, answer.status() == 501 && what.startsWith("BREW") ? 405 : answer.status(), all);
        if (oursToWord && answer.status() >= 400 && answer.status() < 500
                && (!answer.contentType().startsWith("application/problem+json") || detail(answer.body()).isBlank())) {
            verdicts.notUnderstood(described);
        }
        afterwards(described, answer.status() >= 200 && answer.status() < 400);
    }

    private void judgeCommon(String described, int status, String all) {
        if (status >= 500 || status < 100) {
            verdicts.serverError(described);
        }
        List<String> leaked = Leaks.in(all);
        if (!leaked.isEmpty()) {
            verdicts.leak(described, leaked, Leaks.stackTrace(all));
        }
    }

    /** Compares the row counts with those before the request; a refused request must have written nothing. */
    private boolean afterwards(String described, boolean accepted) {
        Map<String, Long> after = rows.now();
        Map<String, String> changed = RowCounts.changed(counts, after);
        counts = after;
        if (accepted) {
            verdicts.accepted();
        } else if (!changed.isEmpty()) {
            verdicts.rowsWritten(described, changed);
        }
        return accepted || !changed.isEmpty();
    }

    /** A new engagement waiting at the task; the row counts are taken again after making it. */
    private Journeys.Waiting fixture(Catalogue catalogue, String taskKey) {
        Journeys.Waiting waiting = catalogue.journeys().at(taskKey, "Hostileshire");
        counts = rows.now();
        return waiting;
    }

    /** The operation's path with its parameters: a task's id after /tasks/, the engagement's id elsewhere. */
    private static String path(ServedApi.Operation operation, Journeys.Waiting fixture) {
        return operation.template().replaceAll("/tasks/\\{[^}]+}", "/tasks/" + fixture.taskId())
                .replaceAll("/incidents/\\{[^}]+}", "/incidents/no-such-incident")
                .replaceAll("\\{[^}]+}", fixture.engagementId());
    }

    /** Where a value with markup was accepted, the engagement's page shows it as text. */
    private void echoOnItsPage(String what, JsonObject sent, HttpResponse<String> answer, Journeys.Waiting fixture) {
        String text = sent.toString();
        if (!text.contains("<script>") && !text.contains("<img")) {
            return;
        }
        String engagementId = fixture.engagementId();
        if (answer.statusCode() == 201) {
            try {
                engagementId = ApiJson.object(answer.body()).getString("engagementId", engagementId);
            } catch (JsonException | ClassCastException notAnEngagement) {
                // Not a first contact's answer: the fixture's engagement is the one changed.
            }
        }
        HttpResponse<String> page = PageClient.of(locus, "morgan").get("/engagements/view.xhtml?id=" + engagementId);
        verdicts.echoed(what + " on /engagements/view.xhtml", encoded(page.body()));
    }

    /** No markup of the corpus on the page, as markup. */
    private static boolean encoded(String html) {
        return !html.contains(Corpus.SCRIPT) && !html.contains("<img src=x");
    }

    // ---- the forms ----

    private void fuzzForm(Catalogue.Found found) {
        PageClient person = PageClient.of(locus, found.visit().user());
        if (!found.form().changesState()) {
            fuzzSearch(found, person);
            return;
        }
        HtmlForm form = open(found, person);
        if (form == null) {
            verdicts.fault("the form " + found + " is not on its page when opened again");
            return;
        }
        for (HtmlForm.Field field : form.fields()) {
            for (Map.Entry<String, String> value : formTexts().entrySet()) {
                if (!verdicts.inTime()) {
                    verdicts.skipped();
                    continue;
                }
                if (form == null) {
                    form = open(found, person);
                    if (form == null) {
                        verdicts.fault("the form " + found + " is not on its page when opened again");
                        return;
                    }
                }
                verdicts.tried("form: a field");
                Map<String, String> values = form.values(form.submit());
                values.put(field.name(), value.getValue());
                String what = found + ", " + field.name() + " = " + value.getKey();
                HttpResponse<String> answer = person.post(form.action(), values, person.ownOrigin());
                String described = what + " -> " + answer.statusCode() + " " + abbreviated(answer.body());
                judgeCommon(described, answer.statusCode(), answer.headers().map() + "\n" + answer.body());
                boolean refusedOnThePage = answer.statusCode() == 200 && answer.body().contains("govuk-error-summary");
                if (answer.statusCode() >= 400 && !answer.body().contains("<h1")) {
                    verdicts.notUnderstood(described);
                }
                if (answer.statusCode() == 200) {
                    // The value comes back in its field with the errors: as text.
                    verdicts.echoed(what + " shown back with its errors", encoded(answer.body()));
                }
                boolean changed = afterwards(described, answer.statusCode() >= 300 && answer.statusCode() < 400);
                if (changed || !refusedOnThePage) {
                    if (changed && value.getValue().contains("<")) {
                        echoAfterAForm(what);
                    }
                    // The form went on (or the page changed): the next value gets a fresh page.
                    form = null;
                } else {
                    form = HtmlForm.in(found.form().page(), answer.body()).stream()
                            .filter(f -> f.id().equals(found.form().id())).findFirst().orElse(null);
                }
            }
        }
    }

    /** A form that went on with markup in it: its engagement's page shows the markup as text. */
    private void echoAfterAForm(String what) {
        if (lastOpened != null && lastOpened.fixture() != null) {
            HttpResponse<String> page = PageClient.of(locus, "morgan").get("/engagements/view.xhtml?id=" + lastOpened.fixture().engagementId());
            verdicts.echoed(what + " on /engagements/view.xhtml", encoded(page.body()));
        }
    }

    /** The form as a fresh page shows it (a new engagement where the page needs one). */
    private HtmlForm open(Catalogue.Found found, PageClient person) {
        lastOpened = found.visit().open().get();
        HttpResponse<String> page = person.get(lastOpened.url());
        counts = rows.now();
        return HtmlForm.in(found.form().page(), page.body()).stream().filter(f -> f.id().equals(found.form().id())).findFirst().orElse(null);
    }

    /** A search form (GET): each field gets each text; the answer is a page that shows the text as text. */
    private void fuzzSearch(Catalogue.Found found, PageClient person) {
        HtmlForm form = found.form();
        for (HtmlForm.Field field : form.fields()) {
            for (Map.Entry<String, String> value : formTexts().entrySet()) {
                if (!verdicts.inTime()) {
                    verdicts.skipped();
                    continue;
                }
                verdicts.tried("form: a search field");
                Map<String, String> values = form.values(null);
                values.put(field.name(), value.getValue());
                String what = found + ", " + field.name() + " = " + value.getKey();
                HttpResponse<String> answer = person.get(form.action() + "?" + PageClient.encode(values));
                String described = what + " -> " + answer.statusCode() + " " + abbreviated(answer.body());
                judgeCommon(described, answer.statusCode(), answer.headers().map() + "\n" + answer.body());
                if (answer.statusCode() >= 400 && !answer.body().contains("<h1")) {
                    verdicts.notUnderstood(described);
                }
                verdicts.echoed(what, encoded(answer.body()));
                afterwards(described, false);
            }
        }
    }

    /** The corpus for form fields: the texts, fewer of the near-duplicates (a form's round trip costs a page). */
    private static Map<String, String> formTexts() {
        Map<String, String> texts = new LinkedHashMap<>(Corpus.texts());
        texts.keySet().removeAll(Set.of("long (300 characters)", "blank", "huge number", "right-to-left override", "path traversal"));
        return texts;
    }

    /** The JSON values for a body's fields, fewer of the near-duplicates (each costs a request and a count). */
    private static Map<String, JsonValue> jsonValues() {
        Map<String, JsonValue> values = new LinkedHashMap<>(Corpus.jsonValues());
        values.keySet().removeAll(Set.of("long (300 characters)", "blank", "path traversal", "right-to-left override", "huge number",
                "fraction", "array of numbers"));
        return values;
    }

    // ---- accepted text on every page that shows it ----

    /**
     * A first contact whose every text holds markup: each page that shows the engagement (to staff, managers
     * and auditors) shows the markup as text.
     */
    private void acceptedTextIsShownAsTextOnEveryPageThatShowsIt() {
        String place = "Echoshire " + Corpus.SCRIPT + " " + java.util.UUID.randomUUID().toString().substring(0, 6);
        JsonObject contact = Json.createObjectBuilder(ApiJson.firstContact(place, "Jo " + Corpus.IMAGE))
                .add("presentingIssue", Corpus.SCRIPT + Corpus.IMAGE).add("howHeard", Corpus.IMAGE).build();
        HttpResponse<String> created = locus.post("sam", "/api/enquiries", contact);
        verdicts.tried("accepted markup shown on pages");
        if (created.statusCode() != 201) {
            verdicts.fault("a first contact with markup in its text was refused: " + created.statusCode() + " " + created.body());
            return;
        }
        counts = rows.now();
        String id = ApiJson.object(created.body()).getString("engagementId");
        String query = URLEncoder.encode("Echoshire", StandardCharsets.UTF_8);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/engagements/view.xhtml?id=" + id, "sam");
        pages.put("/engagements/index.xhtml?q=" + query, "alex");
        pages.put("/manage/index.xhtml?q=" + query, "morgan");
        pages.put("/manage/engagement.xhtml?id=" + id, "morgan");
        pages.put("/manage/workload.xhtml", "morgan");
        pages.put("/tasks/index.xhtml?scope=groups", "priya");
        pages.put("/tasks/index.xhtml?scope=mine", "sam");
        String taskId = locus.getArray("sam", "/api/engagements/" + id + "/tasks").getJsonObject(0).getString("id");
        pages.put("/intake/forms/assess-fit.xhtml?task=" + taskId, "sam");
        pages.put("/manage/reassign.xhtml?task=" + taskId, "morgan");
        pages.put("/manage/suspend.xhtml?engagement=" + id, "morgan");
        pages.put("/engagements/withdraw.xhtml?engagement=" + id, "sam");
        pages.forEach((page, user) -> {
            HttpResponse<String> answer = PageClient.of(locus, user).get(page);
            String what = "markup in a first contact on " + page + " as " + user;
            judgeCommon(what + " -> " + answer.statusCode(), answer.statusCode(), answer.body());
            verdicts.echoed(what, answer.statusCode() == 200 && encoded(answer.body())
                    && (answer.body().contains("&lt;script&gt;") || answer.body().contains("&lt;img") || !answer.body().contains("Echoshire")));
        });
    }

    // ---- JSON helpers ----

    /** A body the operation accepts, from its schema's examples in the served document. */
    static JsonObject example(ServedApi api, ServedApi.Operation operation) {
        JsonObject requestBody = api.document().getJsonObject("paths").getJsonObject(operation.template())
                .getJsonObject(operation.method().toLowerCase()).getJsonObject("requestBody");
        JsonObject content = requestBody == null ? null : requestBody.getJsonObject("content");
        JsonObject media = content == null ? null : content.getJsonObject("application/json");
        JsonValue value = media == null ? null : exampleOf(api, media.getJsonObject("schema"), 0);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonValue exampleOf(ServedApi api, JsonObject schema, int depth) {
        if (schema == null || depth > 8) {
            return JsonValue.NULL;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return exampleOf(api, api.schemas().getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.containsKey("example")) {
            JsonValue example = schema.get("example");
            if (example instanceof JsonString text && "object".equals(schema.getString("type", ""))) {
                try {
                    return ApiJson.object(text.getString());
                } catch (JsonException notJson) {
                    return example;
                }
            }
            return example;
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(composition)) {
                JsonObjectBuilder merged = Json.createObjectBuilder();
                for (JsonValue part : schema.getJsonArray(composition)) {
                    if (exampleOf(api, part.asJsonObject(), depth + 1) instanceof JsonObject object) {
                        object.forEach(merged::add);
                        if (!composition.equals("allOf")) {
                            break;
                        }
                    }
                }
                return merged.build();
            }
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        switch (schema.getString("type", "object")) {
            case "array" -> {
                return Json.createArrayBuilder().add(exampleOf(api, schema.getJsonObject("items"), depth + 1)).build();
            }
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, property) -> object.add(name, exampleOf(api, property.asJsonObject(), depth + 1)));
                }
                return object.build();
            }
            case "string" -> {
                return Json.createValue("text");
            }
            case "boolean" -> {
                return JsonValue.TRUE;
            }
            default -> {
                return Json.createValue(1);
            }
        }
    }

    /** Paths of every leaf (and every array and object) of a value: "a", "a.b", "a[0]". */
    static List<String> leaves(JsonValue value, String prefix) {
        List<String> leaves = new ArrayList<>();
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                leaves.add(path);
                if (member instanceof JsonObject || member instanceof JsonArray) {
                    leaves.addAll(leaves(member, path).stream().filter(p -> !p.equals(path)).toList());
                }
            });
        } else if (value instanceof JsonArray array && !array.isEmpty()) {
            String path = prefix + "[0]";
            leaves.add(path);
            if (array.get(0) instanceof JsonObject || array.get(0) instanceof JsonArray) {
                leaves.addAll(leaves(array.get(0), path).stream().filter(p -> !p.equals(path)).toList());
            }
        }
        return leaves;
    }

    /** The value with the member at the path ("a.b[0].c") replaced. */
    static JsonValue replacedAt(JsonValue value, List<String> steps, JsonValue replacement) {
        if (steps.isEmpty()) {
            return replacement;
        }
        String step = steps.get(0);
        List<String> rest = steps.subList(1, steps.size());
        if (step.equals("[0]") && value instanceof JsonArray array) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                copy.add(i == 0 ? replacedAt(array.get(0), rest, replacement) : array.get(i));
            }
            return copy.build();
        }
        if (value instanceof JsonObject object) {
            return Json.createObjectBuilder(object).add(step, replacedAt(object.getOrDefault(step, JsonValue.NULL), rest, replacement)).build();
        }
        return value;
    }

    static JsonObject replaced(JsonObject body, String path, JsonValue replacement) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            for (int i = bracket; i >= 0 && i < part.length(); i = part.indexOf('[', i + 1)) {
                steps.add("[0]");
            }
        }
        steps.removeIf(String::isEmpty);
        return (JsonObject) replacedAt(body, steps, replacement);
    }

    private static String detail(String body) {
        try {
            JsonObject problem = ApiJson.object(body);
            return problem.getString("detail", "") + problem.getString("title", "");
        } catch (JsonException | ClassCastException notProblem) {
            return "";
        }
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
