package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.locus.app.client.ApiJson;

/**
 * The API as the served {@code /openapi} document describes it, so that a test over "every
 * operation" covers one added tomorrow without being told.
 */
record ServedApi(JsonObject document) {

    /** The demo user who holds each role. */
    private static final Map<String, String> USER_OF_ROLE = Map.of("staff", "sam", "manager", "morgan", "auditor", "alex", "admin", "ada");

    /** Every operation's description names who may call it ("Roles: staff, manager."). */
    private static final Pattern ROLES = Pattern.compile("Roles: ([a-z]+(?:, [a-z]+)*)");

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One operation: its method, its path with every path parameter filled in, and whether it takes a body. */
    record Operation(String method, String template, String path, boolean takesBody, String user) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static ServedApi of(LocusClient locus) {
        HttpResponse<String> served = locus.get(null, "/openapi?format=JSON");
        assertThat(served.statusCode()).as("/openapi").isEqualTo(200);
        return new ServedApi(ApiJson.object(served.body()));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, value) -> {
            if (METHODS.contains(method)) {
                JsonObject operation = value.asJsonObject();
                operations.add(new Operation(method.toUpperCase(), template, template.replaceAll("\\{[^}]+}", "no-such-id"),
                        operation.containsKey("requestBody"), callerOf(method + " " + template, operation)));
            }
        }));
        return operations;
    }

    JsonObject schemas() {
        return document.getJsonObject("components").getJsonObject("schemas");
    }

    /** The responses declared once and referred to by the operations; empty when none is. */
    JsonObject responses() {
        JsonObject responses = document.getJsonObject("components").getJsonObject("responses");
        return responses == null ? JsonValue.EMPTY_JSON_OBJECT : responses;
    }

    /** A demo user with one of the roles the operation names. */
    private static String callerOf(String operation, JsonObject description) {
        String text = description.getString("description", "");
        Matcher roles = ROLES.matcher(text);
        assertThat(roles.find()).as("%s names its roles (\"Roles: staff, manager.\") in its description", operation).isTrue();
        String role = Arrays.stream(roles.group(1).split(", ")).filter(USER_OF_ROLE::containsKey).findFirst()
                .orElseThrow(() -> new AssertionError(operation + " names no role a demo user holds: " + roles.group(1)));
        return USER_OF_ROLE.get(role);
    }
}
