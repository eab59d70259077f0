package org.locus.platform.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details object, as {@code application/problem+json}.
 *
 * @param type     what kind of problem: a {@code urn:locus:problem:...} of Locus's own, or
 *                 {@code about:blank} when the HTTP status says it all
 * @param title    the same for every problem of its type
 * @param detail   what went wrong this time, written for the person who asked
 * @param instance this occurrence, for problems worth quoting to support (server errors), else null
 * @param errors   field name to message, for requests with wrong values; empty otherwise (and then left out)
 */
public record Problem(String type, String title, int status, String detail, String instance, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /**
     * Written by hand rather than by JSON-B, so that a problem can always be written: even when the
     * failure was in the JSON provider, and for media types a provider may not claim.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(256).append('{');
        member(json, "type", type).append(',');
        member(json, "title", title).append(',');
        json.append("\"status\":").append(status);
        if (detail != null) {
            member(json.append(','), "detail", detail);
        }
        if (instance != null) {
            member(json.append(','), "instance", instance);
        }
        if (!errors.isEmpty()) {
            json.append(",\"errors\":{");
            boolean first = true;
            for (Map.Entry<String, String> error : errors.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                member(json, error.getKey(), error.getValue());
                first = false;
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        return string(string(json, name).append(':'), value);
    }

    static StringBuilder string(StringBuilder json, String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
