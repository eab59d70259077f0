package org.locus.web.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.CanonicalForm;

/**
 * One engagement's audit trail, written as JSON or CSV (RFC 4180). Both carry every field the canonical form is
 * built from, under the canonical form's names, the links ({@code prevHash}, {@code hash}) and the canonical form
 * itself, so the trail can be checked outside Locus (README: "Verifying an exported audit trail"); the JSON also
 * carries the chain's head, so that a trail cut short shows.
 */
record AuditExport(String engagementId, String reference, Instant exportedAt, List<AuditEntry> entries) {

    static final String FORMAT = "locus-audit-export/1";

    static final List<String> CSV_COLUMNS = List.of("position", "chain", "at", "by", "kind", "subject", "subjectId",
            "engagement", "before", "after", "prevHash", "hash", "canonical");

    String json() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AuditEntry e : entries) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("position", e.position())
                    .add("chain", e.chain())
                    .add("at", CanonicalForm.instant(e.at()))
                    .add("by", e.by())
                    .add("kind", e.kind())
                    .add("subject", e.subjectType());
            nullable(entry, "subjectId", e.subjectId());
            nullable(entry, "engagement", e.engagementId());
            nullable(entry, "before", e.before());
            nullable(entry, "after", e.after());
            entry.add("prevHash", e.prevHash()).add("hash", e.hash()).add("canonical", e.canonical());
            array.add(entry);
        }
        JsonObjectBuilder head = Json.createObjectBuilder()
                .add("position", entries.isEmpty() ? 0 : entries.get(entries.size() - 1).position())
                .add("hash", entries.isEmpty() ? CanonicalForm.GENESIS : entries.get(entries.size() - 1).hash());
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("engagementId", engagementId)
                .add("reference", reference)
                .add("exportedAt", CanonicalForm.instant(exportedAt))
                .add("genesis", CanonicalForm.GENESIS)
                .add("head", head)
                .add("entries", array);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        row(out, CSV_COLUMNS);
        for (AuditEntry e : entries) {
            row(out, java.util.Arrays.asList(Long.toString(e.position()), e.chain(), CanonicalForm.instant(e.at()), e.by(),
                    e.kind(), e.subjectType(), e.subjectId(), e.engagementId(), e.before(), e.after(), e.prevHash(), e.hash(),
                    e.canonical()));
        }
        return out.toString();
    }

    String fileName(String extension) {
        String safe = reference == null ? engagementId : reference.replaceAll("[^A-Za-z0-9-]", "_");
        return "audit-trail-" + safe + "." + extension;
    }

    private static void nullable(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    /** One record, fields separated by commas, ended by CRLF; a field with a comma, quote, CR or LF is quoted. */
    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
