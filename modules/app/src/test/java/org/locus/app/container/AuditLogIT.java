package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locus.app.client.ApiJson;
import org.locus.app.client.Rfc4180;

/**
 * The audit log on a real server: what a full intake and the diagnostic write to an engagement's chain, verify
 * after each kind of tampering done with SQL ({@link AuditTamperingResource}, deployed only here), parallel
 * writers, a rolled-back request, the JSON and CSV exports, and README's verify script run on a real export.
 * Each test uses engagements of its own and puts back what it tampered with, so verify stays clean for others.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private final LocusClient locus = LocusClient.forTestServer();
    private final ApiEngagements engagements = new ApiEngagements(locus);

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war().addClasses(AuditTamperingResource.class, FailingRequestsResource.class,
                FailingRequestsResource.SimulatedFailure.class);
    }

    @Test
    void recordsEveryChangeOfAFullIntakeAndTheDiagnosticInTheEngagementsChain() {
        String engagementId = engagements.agreed("Auditshire");
        engagements.throughTheDiagnostic(engagementId);

        JsonArray entries = trail(engagementId).getJsonArray("entries");
        List<JsonObject> list = entries.getValuesAs(JsonObject.class);
        assertThat(list).extracting(e -> e.getJsonNumber("position").longValue())
                .as("positions from 1, no gap").containsExactlyElementsOf(positions(1, list.size()));
        assertThat(list).extracting(e -> e.getString("kind"), e -> e.getString("subject"))
                .contains(tuple("CREATED", "intake.Engagement"), tuple("UPDATED", "intake.Engagement"),
                        tuple("CREATED", "diagnostic.Diagnostic"), tuple("CREATED", "diagnostic.Interview"),
                        tuple("CREATED", "diagnostic.Finding"));
        JsonObject approved = list.stream().filter(e -> e.getString("kind").equals("UPDATED") && e.getString("by").equals("morgan")
                && !e.isNull("after") && e.getString("after").contains("agreement.approved")).findFirst().orElseThrow();
        assertThat(ApiJson.object(approved.getString("after")).getString("agreement.approved")).isEqualTo("true");
        assertThat(ApiJson.object(approved.getString("before")).isNull("agreement.approved")).as("before the approval").isTrue();
        JsonObject moved = list.stream().filter(e -> !e.isNull("after") && e.getString("after").contains("\"stage\":\"DIAGNOSTIC\""))
                .findFirst().orElseThrow();
        assertThat(ApiJson.object(moved.getString("before")).getString("stage")).isEqualTo("INTAKE");
        assertThat(list).extracting(e -> e.getString("by")).contains("sam", "priya", "morgan");
        assertThat(list).allSatisfy(e -> assertThat(e.getString("engagement")).isEqualTo(engagementId));
        assertThat(breaksOf(engagementId)).isEmpty();
    }

    @Test
    void recordsAManagersSuspensionAndResumptionInTheChain() {
        String engagementId = engagements.firstContact("Pauseshire");

        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/suspend",
                Json.createObjectBuilder().add("reason", "Pre-election period").build()).statusCode()).isEqualTo(204);
        assertThat(locus.post("morgan", "/api/engagements/" + engagementId + "/resume",
                Json.createObjectBuilder().add("reason", "Election over").build()).statusCode()).isEqualTo(204);

        List<JsonObject> list = trail(engagementId).getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(list).extracting(e -> e.getString("kind"), e -> e.getString("subject"), e -> e.getString("by"))
                .contains(tuple("SUSPENDED", "platform.EngagementAction", "morgan"), tuple("RESUMED", "platform.EngagementAction", "morgan"));
        JsonObject suspended = list.stream().filter(e -> e.getString("kind").equals("SUSPENDED")).findFirst().orElseThrow();
        assertThat(ApiJson.object(suspended.getString("after")).getString("reason")).isEqualTo("Pre-election period");
    }

    @Test
    void verifyNamesAnEntryAlteredInTheDatabase() {
        String chain = engagements.fitConfirmed("Altershire");
        HttpResponse<String> altered = locus.post("ada", "/api/test-audit/alter?chain=" + chain + "&position=2&by=mallory");
        assertThat(altered.statusCode()).as(altered.body()).isEqualTo(200);
        JsonObject original = ApiJson.object(altered.body());
        try {
            assertThat(breaksOf(chain)).extracting(b -> b.getJsonNumber("position").longValue(), b -> b.getString("kind"))
                    .containsExactly(tuple(2L, "ALTERED"));
        } finally {
            locus.post("ada", "/api/test-audit/alter?chain=" + chain + "&position=2&by=" + original.getString("by"));
        }
        assertThat(breaksOf(chain)).as("put back").isEmpty();
    }

    @Test
    void verifyNamesAnEntryDeletedFromTheDatabase() {
        String chain = engagements.fitConfirmed("Deleteshire");
        HttpResponse<String> deleted = locus.post("ada", "/api/test-audit/delete?chain=" + chain + "&position=2");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        try {
            assertThat(breaksOf(chain)).extracting(b -> b.getJsonNumber("position").longValue(), b -> b.getString("kind"))
                    .containsExactly(tuple(2L, "MISSING"));
        } finally {
            assertThat(locus.post("ada", "/api/test-audit/restore", ApiJson.object(deleted.body())).statusCode()).isEqualTo(204);
        }
        assertThat(breaksOf(chain)).as("put back").isEmpty();
    }

    @Test
    void verifyNamesTheLastEntryDeletedFromTheDatabaseByTheChainsHead() {
        String chain = engagements.fitConfirmed("Lastshire");
        long last = trail(chain).getJsonObject("head").getJsonNumber("position").longValue();
        HttpResponse<String> deleted = locus.post("ada", "/api/test-audit/delete?chain=" + chain + "&position=" + last);
        try {
            assertThat(breaksOf(chain)).extracting(b -> b.getJsonNumber("position").longValue(), b -> b.getString("kind"))
                    .containsExactly(tuple(last, "MISSING"));
        } finally {
            locus.post("ada", "/api/test-audit/restore", ApiJson.object(deleted.body()));
        }
        assertThat(breaksOf(chain)).as("put back").isEmpty();
    }

    @Test
    void verifyNamesAnEntryInsertedIntoTheDatabaseEvenWithItsHashRecomputed() {
        String chain = engagements.fitConfirmed("Insertshire");
        HttpResponse<String> inserted = locus.post("ada", "/api/test-audit/insert?chain=" + chain);
        assertThat(inserted.statusCode()).as(inserted.body()).isEqualTo(200);
        long position = ApiJson.object(inserted.body()).getJsonNumber("position").longValue();
        try {
            assertThat(breaksOf(chain)).extracting(b -> b.getJsonNumber("position").longValue(), b -> b.getString("kind"))
                    .containsExactly(tuple(position, "INSERTED"));
        } finally {
            locus.post("ada", "/api/test-audit/remove?chain=" + chain + "&position=" + position);
        }
        assertThat(breaksOf(chain)).as("put back").isEmpty();
    }

    @Test
    void parallelWritersToOneChainAndToManyLeaveEveryChainUnbroken() throws Exception {
        String one = engagements.firstContact("Parallelshire");
        String other = engagements.firstContact("Concurrentshire");
        long oneBefore = headOf(one);
        long otherBefore = headOf(other);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> locus.post("ada", "/api/test-audit/append?engagement=" + one + "&count=3").statusCode());
            requests.add(() -> locus.post("ada", "/api/test-audit/append?engagement=" + other + "&count=2").statusCode());
        }
        List<String> places = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String place = "Racingshire " + i + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
            places.add(place);
            // first contacts: new chains, and the shared chain of places and leaders, at once
            requests.add(() -> locus.post("sam", "/api/enquiries", ApiJson.firstContact(place)).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> answer : pool.invokeAll(requests)) {
                assertThat(answer.get()).isIn(201, 204);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(headOf(one)).isEqualTo(oneBefore + 8 * 3);
        assertThat(headOf(other)).isEqualTo(otherBefore + 8 * 2);
        List<JsonObject> entries = trail(one).getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getJsonNumber("position").longValue()).containsExactlyElementsOf(positions(1, entries.size()));
        JsonObject verification = verification();
        assertThat(verification.getJsonArray("breaks")).as("no chain broken: %s", verification).isEmpty();
        for (String place : places) {
            assertThat(mentioning(place)).as("the entries of %s", place).isPositive();
        }
    }

    @Test
    void aRolledBackRequestLeavesNoEntryAndACommittedOneAlwaysHasOne() {
        String rolledBack = "Unauditedshire-" + java.util.UUID.randomUUID();
        HttpResponse<String> failed = locus.post("sam", "/api/test-failures/first-contact/" + rolledBack);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(mentioning(rolledBack)).isZero();

        String committed = "Auditedshire-" + java.util.UUID.randomUUID();
        assertThat(locus.post("sam", "/api/enquiries", ApiJson.firstContact(committed)).statusCode()).isEqualTo(201);
        assertThat(mentioning(committed)).as("the place's entry").isPositive();
    }

    @Test
    void exportsTheSameEntriesAsJsonAndAsRfc4180Csv() {
        String engagementId = engagements.firstContact("Exportshire, \"North\"");
        JsonObject json = trail(engagementId);

        HttpResponse<String> csv = download("alex", "/api/engagements/" + engagementId + "/audit-trail/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        List<List<String>> records = Rfc4180.parse(csv.body());
        assertThat(records.get(0)).containsExactly("position", "chain", "at", "by", "kind", "subject", "subjectId", "engagement",
                "before", "after", "prevHash", "hash", "canonical");
        JsonArray entries = json.getJsonArray("entries");
        assertThat(records).hasSize(entries.size() + 1);
        for (int i = 0; i < entries.size(); i++) {
            JsonObject entry = entries.getJsonObject(i);
            List<String> record = records.get(i + 1);
            assertThat(record.get(0)).isEqualTo(entry.get("position").toString());
            assertThat(record.get(9)).isEqualTo(entry.isNull("after") ? "" : entry.getString("after"));
            assertThat(record.get(11)).isEqualTo(entry.getString("hash"));
            assertThat(record.get(12)).isEqualTo(entry.getString("canonical"));
        }
        assertThat(json.getJsonObject("head").getString("hash")).isEqualTo(entries.getJsonObject(entries.size() - 1).getString("hash"));
    }

    @Test
    void readmesScriptVerifiesARealExportAndRefusesItWithOneByteChanged() throws Exception {
        String engagementId = engagements.agreed("Scriptshire");
        HttpResponse<String> export = download("alex", "/api/engagements/" + engagementId + "/audit-trail");
        assertThat(export.statusCode()).isEqualTo(200);
        Path file = dir.resolve("audit-trail.json");
        Files.writeString(file, export.body(), StandardCharsets.UTF_8);

        assertThat(runReadmeScript(file)).isZero();

        byte[] bytes = export.body().getBytes(StandardCharsets.UTF_8);
        int at = export.body().indexOf("\"by\":\"morgan\"") + "\"by\":\"".length();
        bytes[at] = (byte) 'M';
        Files.write(file, bytes);
        assertThat(runReadmeScript(file)).isEqualTo(1);
    }

    @Test
    void onlyAuditorsAndAdminsVerifyAndOnlyAuditorsManagersAndAdminsExport() {
        String engagementId = engagements.firstContact("Roleshire");
        String trail = "/api/engagements/" + engagementId + "/audit-trail";

        assertThat(locus.get("alex", "/api/audit/verification").statusCode()).isEqualTo(200);
        assertThat(locus.get("ada", "/api/audit/verification").statusCode()).isEqualTo(200);
        assertThat(locus.get("morgan", "/api/audit/verification").statusCode()).isEqualTo(403);
        assertThat(locus.get("sam", "/api/audit/verification").statusCode()).isEqualTo(403);
        assertThat(locus.get("alex", trail).statusCode()).isEqualTo(200);
        assertThat(locus.get("morgan", trail).statusCode()).isEqualTo(200);
        assertThat(locus.get("ada", trail).statusCode()).isEqualTo(200);
        assertThat(locus.get("sam", trail).statusCode()).isEqualTo(403);
        assertThat(download("sam", trail + "/csv").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = locus.get("alex", "/api/engagements/no-such-engagement/audit-trail");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no engagement");
        assertThat(locus.send("alex", "DELETE", "/api/audit/verification", null).statusCode()).isEqualTo(405);
    }

    // --- helpers

    private JsonObject trail(String engagementId) {
        return locus.getObject("alex", "/api/engagements/" + engagementId + "/audit-trail");
    }

    private long headOf(String engagementId) {
        return trail(engagementId).getJsonObject("head").getJsonNumber("position").longValue();
    }

    private JsonObject verification() {
        return locus.getObject("alex", "/api/audit/verification");
    }

    private List<JsonObject> breaksOf(String chain) {
        return verification().getJsonArray("breaks").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("chain").equals(chain)).toList();
    }

    private long mentioning(String text) {
        return locus.getObject("ada", "/api/test-audit/count?mentioning=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8))
                .getJsonNumber("entries").longValue();
    }

    private static List<Long> positions(long from, long count) {
        List<Long> positions = new ArrayList<>();
        for (long p = from; p < from + count; p++) {
            positions.add(p);
        }
        return positions;
    }

    /** A GET that accepts any type (the CSV), as a browser's download or curl does. */
    private HttpResponse<String> download(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + LocusClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(locus.base().resolve(path.substring(1)))
                .header("Authorization", "Basic " + credentials).header("Accept", "*/*").GET().build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs docs/verify-audit-export.sh, the script README shows, on the file; answers its exit status. */
    static int runReadmeScript(Path file) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docs/verify-audit-export.sh"))) {
            root = root.getParent();
        }
        Process process = new ProcessBuilder("bash", root.resolve("docs/verify-audit-export.sh").toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println("docs/verify-audit-export.sh " + file.getFileName() + ": " + output.strip());
        return exit;
    }

}
