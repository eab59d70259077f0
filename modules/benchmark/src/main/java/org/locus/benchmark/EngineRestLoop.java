package org.locus.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The same completion loop through Camunda's own REST API ({@code /engine-rest}), as a Camunda user would
 * drive it instead of Locus's API: each client logs a first contact through Locus (which opens the
 * engagement's record and starts its process, as in the HTTP loop), then for each task finds it with
 * {@code GET /engine-rest/task?processInstanceBusinessKey=...} and completes it with
 * {@code POST /engine-rest/task/{id}/complete}, sending the same values as process variables, plus the ones
 * Locus's intake service would set (the bare engine loop's). Same server, same run, same number of clients,
 * signed in as the demo's admin (the API is for admins only).
 * <p>
 * It completes intake's first five tasks and leaves assignTeam open: completing that one straight in the
 * engine would take the map into the diagnostic, whose tasks ask intake's record for the team, which only
 * Locus's own completion writes. The ratio is of completions per second, so the different count per
 * engagement does not skew it.
 */
final class EngineRestLoop {

    /** Intake's tasks this loop completes: all but assignTeam (see above). */
    static final List<String> TASKS = IntakeValues.TASKS.subList(0, IntakeValues.TASKS.size() - 1);

    static final String ADMIN = "ada";

    private final Settings settings;

    EngineRestLoop(Settings settings) {
        this.settings = settings;
    }

    Throughput.Result run() {
        return Throughput.run("engine REST loop", settings.clients(), settings.warmup(), settings.loop(), RestClientLoop::new);
    }

    private final class RestClientLoop implements Throughput.Client {

        private final int index;
        private final LocusClient staff;
        private final LocusClient admin;
        private int engagements;

        RestClientLoop(int index) {
            this.index = index;
            this.staff = new LocusClient(settings.baseUri(), IntakeValues.STAFF.get(index % 2));
            this.admin = new LocusClient(settings.baseUri(), ADMIN);
        }

        @Override
        public void oneEngagement(Throughput.Window window) {
            String place = "Restshire " + index + "-" + (engagements++ % 50);
            String engagementId = staff.logFirstContact(IntakeValues.firstContact(place));
            for (String key : TASKS) {
                if (!window.open()) {
                    return;
                }
                JsonNode tasks = admin.getJson("/engine-rest/task?processInstanceBusinessKey=" + engagementId);
                if (tasks.size() != 1 || !key.equals(tasks.get(0).path("taskDefinitionKey").asText())) {
                    throw new IllegalStateException("Expected " + key + " in engagement " + engagementId + ", found " + tasks);
                }
                String body = variables(key, place);
                long began = System.nanoTime();
                LocusClient.expect(admin.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", body), 204);
                window.completed(began, System.nanoTime());
            }
        }
    }

    /**
     * The form's values as Camunda typed variables (a nested value as its JSON text), with the variables the map and
     * intake's diagram branch on, as Locus's service sets them.
     */
    static String variables(String key, String place) {
        Map<String, Object> variables = new LinkedHashMap<>();
        LocusClient.read(IntakeValues.valuesFor(key, place)).fields().forEachRemaining(field -> variables.put(field.getKey(), typed(field.getValue())));
        switch (key) {
            case "confirmFit" -> variables.put("fitDecision", Map.of("value", "accept", "type", "String"));
            case "approveAgreement" -> variables.put("agreementApproved", Map.of("value", true, "type", "Boolean"));
            default -> {
            }
        }
        try {
            return LocusClient.JSON.writeValueAsString(Map.of("variables", variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> typed(JsonNode value) {
        if (value.isBoolean()) {
            return Map.of("value", value.asBoolean(), "type", "Boolean");
        }
        if (value.isInt()) {
            return Map.of("value", value.asInt(), "type", "Integer");
        }
        if (value.isNumber()) {
            return Map.of("value", value.asDouble(), "type", "Double");
        }
        if (value.isTextual()) {
            return Map.of("value", value.asText(), "type", "String");
        }
        // A nested value (a sponsor, a list of enablers) as its JSON text: Camunda's Json type needs Spin, which Locus's engine has not.
        return Map.of("value", value.toString(), "type", "String");
    }
}
