package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served /openapi document tells an API client what to send and what comes back: no schema is
 * empty, every object names its properties with their types, says which are required and gives an
 * example, and every $ref leads somewhere. (Liberty's scanner leaves a record's unannotated
 * components out, so a record without @Schema on its components is an empty object here.) Every
 * error answer is one of the problem responses declared once among the components, whichever
 * module's resource gives it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean");

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String RESPONSES = "#/components/responses/";

    /** The declared problem response for each error status an operation may name. */
    private static final Map<String, String> ERROR_RESPONSES = Map.of("400", "BadRequest", "401", "Unauthorized",
            "403", "Forbidden", "404", "NotFound", "408", "RequestTimeout", "409", "Conflict", "413", "ContentTooLarge",
            "415", "UnsupportedMediaType", "501", "NotImplemented");

    /** What the platform answers before any resource sees the request: every operation can give these. */
    private static final Set<String> ANY_OPERATION = Set.of("401", "403");
    /** What the platform's body check answers. */
    private static final Set<String> WITH_A_BODY = Set.of("400", "408", "413", "415");

    private final LocusClient locus = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void everySchemaOfTheServedDocumentDescribesItsContent() {
        ServedApi api = ServedApi.of(locus);
        List<String> faults = new ArrayList<>();

        api.schemas().forEach((name, schema) -> checkComponent("#/components/schemas/" + name, schema.asJsonObject(), api, faults));
        api.document().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("responses")) {
                checkContents(method + " " + path, operation.asJsonObject(), api, faults);
            }
        }));

        assertThat(faults).as("faults in the served /openapi").isEmpty();
        assertThat(api.schemas().keySet()).as("the API's records are all documented")
                .contains("FirstContact", "EngagementSummary", "PlaceCheck", "TaskJson", "TaskListJson", "Problem");
    }

    @Test
    void everyErrorAnswerIsOneOfTheProblemResponsesDeclaredOnce() {
        assertThat(errorAnswerFaults(ServedApi.of(locus))).as("error answers in the served /openapi").isEmpty();
    }

    /** What is wrong with the document's error answers: nothing, when each is a $ref to its declared problem response. */
    static List<String> errorAnswerFaults(ServedApi api) {
        JsonObject declared = api.responses();
        List<String> faults = new ArrayList<>();

        ERROR_RESPONSES.values().stream().filter(name -> !declared.containsKey(name))
                .forEach(name -> faults.add(RESPONSES + name + " is not declared"));
        declared.forEach((name, response) -> checkProblemResponse(RESPONSES + name, response.asJsonObject(), faults));
        api.schemas().forEach((name, schema) -> {
            JsonObject properties = schema.asJsonObject().getJsonObject("properties");
            if (!"Problem".equals(name) && properties != null && properties.keySet().containsAll(Set.of("title", "status", "detail"))) {
                faults.add("#/components/schemas/" + name + " describes problem details again: refer to " + PROBLEM);
            }
        });
        Set<String> used = new HashSet<>();
        api.document().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("responses")) {
                checkErrorAnswers(method + " " + path, path, item.asJsonObject(), operation.asJsonObject(), declared, used, faults);
            }
        }));
        declared.keySet().stream().filter(name -> !used.contains(name))
                .forEach(name -> faults.add(RESPONSES + name + " is declared but no operation gives it"));
        return faults;
    }

    /** A declared error response: a description, and problem details as its one content. */
    private static void checkProblemResponse(String where, JsonObject response, List<String> faults) {
        if (response.getString("description", "").isBlank()) {
            faults.add(where + " has no description");
        }
        JsonObject content = response.getJsonObject("content");
        JsonObject problem = content == null ? null : content.getJsonObject("application/problem+json");
        if (problem == null || content.size() != 1) {
            faults.add(where + " is not answered with application/problem+json alone: " + content);
        } else if (problem.getJsonObject("schema") == null || !PROBLEM.equals(problem.getJsonObject("schema").getString("$ref", null))) {
            faults.add(where + " does not refer to " + PROBLEM + ": " + problem);
        }
    }

    /**
     * Each error status of the operation refers to its declared response and says nothing of its own (a
     * copy of the problem block is a fault), and the operation names the errors the platform gives it:
     * 401 and 403 always, the body check's where it takes a body, 400 where it reads the query, 404 where
     * its path names something.
     */
    private static void checkErrorAnswers(String where, String path, JsonObject item, JsonObject operation, JsonObject declared,
                                          Set<String> used, List<String> faults) {
        JsonObject responses = operation.getJsonObject("responses");
        responses.forEach((status, response) -> {
            if (!status.startsWith("4") && !status.startsWith("5")) {
                return;
            }
            String expected = ERROR_RESPONSES.get(status);
            JsonObject answer = response.asJsonObject();
            String ref = answer.getString("$ref", null);
            if (expected == null) {
                faults.add(where + " gives " + status + ", which has no declared problem response");
            } else if (!(RESPONSES + expected).equals(ref) || answer.size() != 1) {
                faults.add(where + " " + status + " is " + answer + " rather than a $ref to " + RESPONSES + expected);
            } else if (declared.containsKey(expected)) {
                used.add(expected);
            }
        });
        Set<String> required = new HashSet<>(ANY_OPERATION);
        if (operation.containsKey("requestBody")) {
            required.addAll(WITH_A_BODY);
        }
        if (parametersIn("query", item, operation)) {
            required.add("400");
        }
        if (path.contains("{")) {
            required.add("404");
        }
        required.stream().filter(status -> !responses.containsKey(status)).sorted()
                .forEach(status -> faults.add(where + " does not say it can answer " + status));
    }

    private static boolean parametersIn(String location, JsonObject item, JsonObject operation) {
        return List.of(item, operation).stream()
                .filter(holder -> holder.containsKey("parameters"))
                .flatMap(holder -> holder.getJsonArray("parameters").getValuesAs(JsonObject.class).stream())
                .anyMatch(parameter -> location.equals(parameter.getString("in", null)));
    }

    /** A named schema of the document: an enum, or an object with typed properties, required ones and examples. */
    private static void checkComponent(String where, JsonObject schema, ServedApi api, List<String> faults) {
        checkSchema(where, schema, api, faults);
        if (!"object".equals(schema.getString("type", null)) || !schema.containsKey("properties")) {
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (!schema.containsKey("required") || schema.getJsonArray("required").isEmpty()) {
            faults.add(where + " says none of its properties is required");
        } else {
            schema.getJsonArray("required").getValuesAs(JsonString::getString).stream()
                    .filter(required -> !properties.containsKey(required))
                    .forEach(required -> faults.add(where + " requires " + required + ", which it does not have"));
        }
        if (!schema.containsKey("example")) {
            properties.forEach((property, value) -> {
                if (!hasExample(value.asJsonObject())) {
                    faults.add(where + "." + property + " has no example");
                }
            });
        }
    }

    /** The request body and every answer with content name a schema that is not empty. */
    private static void checkContents(String operation, JsonObject description, ServedApi api, List<String> faults) {
        if (description.containsKey("requestBody")) {
            JsonObject content = description.getJsonObject("requestBody").getJsonObject("content");
            if (content == null || content.isEmpty()) {
                faults.add(operation + " takes a body of no described content");
            } else {
                content.forEach((type, media) -> checkSchema(operation + " request " + type,
                        media.asJsonObject().getJsonObject("schema"), api, faults));
            }
        }
        description.getJsonObject("responses").forEach((status, response) -> {
            JsonObject content = response.asJsonObject().getJsonObject("content");
            if (content != null) {
                content.forEach((type, media) -> checkSchema(operation + " " + status + " " + type,
                        media.asJsonObject().getJsonObject("schema"), api, faults));
            }
        });
    }

    /** Not empty: a $ref that resolves, a composition, an enum, or a type with what that type needs. */
    private static void checkSchema(String where, JsonObject schema, ServedApi api, List<String> faults) {
        if (schema == null || schema.isEmpty()) {
            faults.add(where + " is an empty schema");
            return;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (!ref.startsWith("#/components/schemas/") || !api.schemas().containsKey(ref.substring("#/components/schemas/".length()))) {
                faults.add(where + " refers to " + ref + ", which the document does not have");
            }
            return;
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(composition)) {
                schema.getJsonArray(composition).forEach(part -> checkSchema(where + " " + composition, part.asJsonObject(), api, faults));
                return;
            }
        }
        String type = schema.getString("type", null);
        if (type == null || !TYPES.contains(type)) {
            faults.add(where + " has no type");
            return;
        }
        if ("array".equals(type)) {
            checkSchema(where + "[]", schema.getJsonObject("items"), api, faults);
        } else if ("object".equals(type)) {
            boolean open = schema.containsKey("additionalProperties");
            boolean described = schema.containsKey("description") || schema.containsKey("example");
            if (schema.containsKey("properties") && !schema.getJsonObject("properties").isEmpty()) {
                schema.getJsonObject("properties").forEach((property, value) ->
                        checkSchema(where + "." + property, value.asJsonObject(), api, faults));
            } else if (!(open && described)) {
                faults.add(where + " is an object with no properties (and not a described open object)");
            }
        }
    }

    /** An example of its own, or one that its $ref, its composition or its items carry. */
    private static boolean hasExample(JsonObject property) {
        if (property.containsKey("example") || property.containsKey("$ref") || property.containsKey("enum")) {
            return true;
        }
        if (property.containsKey("allOf")) {
            return property.getJsonArray("allOf").stream().allMatch(part -> hasExample(part.asJsonObject()));
        }
        return property.containsKey("items") && hasExample(property.getJsonObject("items"));
    }
}
