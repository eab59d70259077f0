package org.locus.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.CanonicalForm;

class AuditExportTest {

    @TempDir
    Path dir;

    /** A chain of three entries, hashed as the log hashes them, with text that needs every kind of escaping. */
    static List<AuditEntry> chain() {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = CanonicalForm.GENESIS;
        String[][] changes = {
                {"CREATED", null, "{\"name\":\"Northshire, \\\"the shire\\\"\"}"},
                {"UPDATED", "{\"notes\":null}", "{\"notes\":\"line one\\nline two\\ttab \\u0001 café ✓\"}"},
                {"SUSPENDED", null, "{\"reason\":\"pre-election\\r\\nperiod\"}"}};
        for (int i = 0; i < changes.length; i++) {
            AuditEntry unhashed = new AuditEntry("eng-1", i + 1, Instant.parse("2026-12-07T15:00:00Z").plusMillis(1500L * i), "sam",
                    changes[i][0], "intake.Engagement", "eng-1", "eng-1", changes[i][1], changes[i][2], prev, null);
            String hash = CanonicalForm.hash(prev, unhashed.canonical());
            entries.add(new AuditEntry(unhashed.chain(), unhashed.position(), unhashed.at(), unhashed.by(), unhashed.kind(),
                    unhashed.subjectType(), unhashed.subjectId(), unhashed.engagementId(), unhashed.before(), unhashed.after(),
                    prev, hash));
            prev = hash;
        }
        return entries;
    }

    private static AuditExport export() {
        return new AuditExport("eng-1", "ENG-2026-0001", Instant.parse("2026-12-07T16:00:00Z"), chain());
    }

    @Test
    void jsonCarriesEveryEntryWithItsCanonicalFormAndTheHead() {
        JsonObject json = Json.createReader(new StringReader(export().json())).readObject();

        assertThat(json.getString("format")).isEqualTo("locus-audit-export/1");
        assertThat(json.getJsonArray("entries")).hasSize(3);
        JsonObject second = json.getJsonArray("entries").getJsonObject(1);
        assertThat(second.getString("canonical")).startsWith("locus-audit/1\nchain: \"eng-1\"\nposition: 2\nat: \"2026-12-07T15:00:01.500Z\"\n");
        assertThat(second.getString("prevHash")).isEqualTo(json.getJsonArray("entries").getJsonObject(0).getString("hash"));
        assertThat(json.getJsonObject("head").getString("hash")).isEqualTo(chain().get(2).hash());
    }

    @Test
    void csvIsRfc4180WithAHeaderAndOneRecordAnEntry() {
        String csv = export().csv();

        List<List<String>> records = Rfc4180.parse(csv);
        assertThat(records.get(0)).isEqualTo(AuditExport.CSV_COLUMNS);
        assertThat(records).hasSize(4);
        assertThat(records.get(2).get(9)).isEqualTo(chain().get(1).after());
        assertThat(records.get(3).get(12)).isEqualTo(chain().get(2).canonical());
        assertThat(records.get(1).get(8)).as("no before on a creation").isEmpty();
    }

    @Test
    void theReadmeScriptVerifiesAnExportAndRefusesOneWithAByteChanged() throws Exception {
        Path file = dir.resolve("trail.json");
        Files.writeString(file, export().json(), StandardCharsets.UTF_8);
        assertThat(run(file)).isZero();

        String json = export().json();
        int at = json.indexOf("line two");
        Files.writeString(file, json.substring(0, at) + "L" + json.substring(at + 1), StandardCharsets.UTF_8);
        assertThat(run(file)).isEqualTo(1);
    }

    @Test
    void theReadmeScriptRefusesATrailWithItsLastEntryCutOff() throws Exception {
        List<AuditEntry> shorter = chain().subList(0, 2);
        AuditExport export = new AuditExport("eng-1", "ENG-2026-0001", Instant.parse("2026-12-07T16:00:00Z"), shorter);
        String json = export.json().replace(shorter.get(1).hash() + "\"}", chain().get(2).hash() + "\"}")
                .replace("\"position\":2,\"hash\"", "\"position\":3,\"hash\"");
        Path file = dir.resolve("short.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        assertThat(run(file)).isEqualTo(1);
    }

    static int run(Path file) throws IOException, InterruptedException {
        Path script = repositoryRoot().resolve("docs/verify-audit-export.sh");
        Process process = new ProcessBuilder("bash", script.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println("verify-audit-export.sh: " + output.strip());
        return exit;
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (!Files.exists(here.resolve("docs/verify-audit-export.sh"))) {
            here = here.getParent();
        }
        return here;
    }
}
