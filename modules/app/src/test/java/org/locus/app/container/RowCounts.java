package org.locus.app.container;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.JsonNumber;

/**
 * The row count of every table, domain and engine, before and after a request, from the test-only
 * {@link TableCountsResource} (which the deployment must add). A refused request must leave every count as it was.
 */
final class RowCounts {

    /**
     * Tables the engine writes by itself, whatever a request does: its metrics, flushed on a timer. Nothing a
     * request is refused for can appear there.
     */
    static final Set<String> BACKGROUND = Set.of("act_ru_meter_log");

    private final LocusClient locus;

    RowCounts(LocusClient locus) {
        this.locus = locus;
    }

    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        locus.getObject("ada", "/api/test-tables").forEach((table, count) -> {
            if (!BACKGROUND.contains(table)) {
                counts.put(table, ((JsonNumber) count).longValue());
            }
        });
        return counts;
    }

    /** The tables whose count differs, with before and after; empty when nothing changed. */
    static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, count) -> {
            Long was = before.getOrDefault(table, 0L);
            if (!was.equals(count)) {
                changed.put(table, was + " -> " + count);
            }
        });
        before.keySet().stream().filter(table -> !after.containsKey(table)).forEach(table -> changed.put(table, "gone"));
        return changed;
    }
}
