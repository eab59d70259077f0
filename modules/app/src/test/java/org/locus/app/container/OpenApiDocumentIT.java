package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
 * components out, so a record without @Schema on its components is an empty object here.)
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean");

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
