package org.locus.platform.internal.timeline;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineEntry.Detail;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * Every change to the engagement's records, from Locus's audit log (its chain: one query), with what changed
 * before and after and the entry's place in the chain, so an auditor can match the timeline to an export.
 * Managers' actions are in the log too, but the timeline shows them once, with their reasons, as actions.
 */
@ApplicationScoped
class AuditLogSource implements TimelineSource {

    static final String MANAGERS_ACTION = "platform.EngagementAction";
    private static final String NONE = "(none)";

    private final AuditLog log;

    /** For the CDI proxy only. */
    protected AuditLogSource() {
        this(null);
    }

    @Inject
    AuditLogSource(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        return log.chain(engagement.engagementId()).stream()
                .filter(entry -> !MANAGERS_ACTION.equals(entry.subjectType()))
                .map(AuditLogSource::entry)
                .toList();
    }

    static TimelineEntry entry(AuditEntry entry) {
        String record = words(entry.subjectType().substring(entry.subjectType().indexOf('.') + 1));
        String title = switch (entry.kind()) {
            case "CREATED" -> "Created the " + record;
            case "DELETED" -> "Removed the " + record;
            default -> "Changed the " + record;
        };
        List<Detail> details = new ArrayList<>();
        JsonObject before = object(entry.before());
        JsonObject after = object(entry.after());
        if ("UPDATED".equals(entry.kind()) && !before.isEmpty()) {
            after.forEach((name, value) -> details.add(new Detail(label(name), text(before.get(name)) + " \u2192 " + text(value))));
        } else {
            (after.isEmpty() ? before : after).forEach((name, value) -> details.add(new Detail(label(name), text(value))));
        }
        details.add(new Detail("Audit entry", "No. " + entry.position() + " of the engagement's chain, hash " + entry.hash()));
        return new TimelineEntry(entry.at(), TimelineKind.RECORD, entry.by(), title, details);
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return NONE;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** {@code sponsorsMissing} or {@code place.name} as "Sponsors missing", "Place name". */
    static String label(String attribute) {
        String spaced = words(attribute.replace('.', ' '));
        return spaced.isEmpty() ? attribute : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
    }
}
