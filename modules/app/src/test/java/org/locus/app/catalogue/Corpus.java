package org.locus.app.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * The hostile values, by what is wrong with them: what a field of a JSON body, a form field, a query
 * parameter or a path segment receives. Fixed, so that a run is repeatable and its figures comparable.
 */
public final class Corpus {

    /** A script that would run if a page wrote it out as markup. */
    public static final String SCRIPT = "<script>alert('locus')</script>";
    /** An attribute break-out that would run if a page wrote it into markup. */
    public static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    private Corpus() {
    }

    /** Text values (for a JSON string, a form field, a query parameter). */
    public static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("over-long (10,000 characters)", "x".repeat(10_000));
        texts.put("long (300 characters)", "y".repeat(300));
        texts.put("NUL", "a\u0000b");
        texts.put("control characters", "bell\u0007escape\u001b[31mtab\tline\r\nend\u007f");
        texts.put("mixed scripts and emoji", "Zürich Ελλάδα 東京 مرحبا עברית 🏳️‍🌈👩‍👩‍👧 e\u0301");
        texts.put("right-to-left override", "abc\u202Egpj.exe");
        texts.put("lone surrogate", "a\uD800b");
        texts.put("SQL injection", "' OR '1'='1' --");
        texts.put("SQL statement", "x'); DROP TABLE engagement; --");
        texts.put("script injection", SCRIPT);
        texts.put("attribute injection", IMAGE);
        texts.put("expression language", "#{facesContext.externalContext.sessionMap}${7*7}");
        texts.put("path traversal", "../../../../etc/passwd");
        texts.put("empty", "");
        texts.put("blank", "   ");
        texts.put("not a number", "ten");
        texts.put("huge number", "99999999999999999999999999");
        texts.put("date that is not real", "2026-02-30");
        return texts;
    }

    /** JSON values of every type, for a field of a JSON body. */
    public static Map<String, JsonValue> jsonValues() {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        texts().forEach((kind, text) -> values.put(kind, Json.createValue(text)));
        values.put("number", Json.createValue(42));
        values.put("negative number", Json.createValue(-1));
        values.put("fraction", Json.createValue(0.5));
        values.put("enormous number", Json.createValue(new java.math.BigDecimal("1e400")));
        values.put("true", JsonValue.TRUE);
        values.put("null", JsonValue.NULL);
        values.put("empty array", JsonValue.EMPTY_JSON_ARRAY);
        values.put("array of numbers", Json.createArrayBuilder().add(1).add(2).build());
        values.put("empty object", JsonValue.EMPTY_JSON_OBJECT);
        values.put("nested object", Json.createObjectBuilder().add("a", Json.createObjectBuilder().add("b", SCRIPT)).build());
        return values;
    }

    /** Whole bodies that are not what any operation takes: broken, nested, huge, wrongly encoded. */
    public static Map<String, byte[]> bodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", utf8("{\"a\": [1, 2"));
        bodies.put("deeply nested JSON", utf8("[".repeat(10_000) + "]".repeat(10_000)));
        bodies.put("huge body (1 MB)", utf8("{\"a\": \"" + "z".repeat(1 << 20) + "\"}"));
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        bodies.put("UTF-16 without saying so", "{\"a\": \"b\"}".getBytes(StandardCharsets.UTF_16));
        bodies.put("byte order mark", utf8("\uFEFF{}"));
        bodies.put("duplicate keys", utf8("{\"a\": 1, \"a\": 2}"));
        bodies.put("array instead of object", utf8("[{}]"));
        bodies.put("bare string", utf8("\"hello\""));
        bodies.put("NUL bytes", new byte[] {'{', 0, 0, '}'});
        return bodies;
    }

    /** Odd path segments, already percent-encoded as sent: what a path parameter receives. */
    public static Map<String, String> pathSegments() {
        Map<String, String> segments = new LinkedHashMap<>();
        segments.put("over-long id", "i".repeat(4_000));
        segments.put("SQL injection", "%27%20OR%20%271%27%3D%271");
        segments.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E".replace("%2F", "-"));
        segments.put("mixed scripts and emoji", "%E6%9D%B1%E4%BA%AC%F0%9F%98%80");
        segments.put("invalid UTF-8", "%C3%28%FF");
        segments.put("bad percent-encoding", "%zz%4");
        segments.put("dot segments", "..%3B..");
        segments.put("spaces", "a%20b%20c");
        return segments;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
