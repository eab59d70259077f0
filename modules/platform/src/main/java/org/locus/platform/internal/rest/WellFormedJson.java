package org.locus.platform.internal.rest;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * Checks that a body is one complete, well-formed JSON value nested no deeper than allowed, with
 * JSON-P's streaming parser, before JSON-B reads it. JSON-B skips a property it does not know with
 * the parser's {@code skipArray}/{@code skipObject}, which in Parsson never ends on a body cut off
 * inside that property (eclipse-ee4j/parsson#23): once this check has passed, every array and object
 * is closed, so the skip ends. The walk only calls {@code next()}, which meets the end of input as an
 * error, and holds nothing but the parser's own stack. Text holding the NUL character is refused too:
 * PostgreSQL cannot store it.
 */
final class WellFormedJson {

    private final JsonProvider json;
    private final int maxDepth;

    WellFormedJson(JsonProvider json, int maxDepth) {
        this.json = json;
        this.maxDepth = maxDepth;
    }

    /** @param charset the body's, as its media type names it (JSON-P's own detection needs four bytes or more) */
    void check(byte[] body, Charset charset) {
        if (body.length == 0 || isBlank(body)) {
            throw new BodyRefusedException(Problems.bodyNotJson("The request body is empty. Send a JSON object."));
        }
        try (JsonParser parser = json.createParserFactory(Map.of()).createParser(new ByteArrayInputStream(body), charset)) {
            int depth = 0;
            // hasNext() is false only once the one top-level value has ended and nothing but
            // white space follows it; anything else after it is a parsing error.
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > maxDepth) {
                            throw new BodyRefusedException(Problems.bodyNotJson(
                                    "The request body nests objects and arrays more than " + maxDepth + " deep."));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING -> {
                        // PostgreSQL cannot store U+0000 in text ("invalid byte sequence"): refused here, in words,
                        // rather than as a server error at the flush (HostileInputIT found it).
                        if (parser.getString().indexOf('\0') >= 0) {
                            throw new BodyRefusedException(Problems.bodyNotJson(
                                    "The request body has a NUL character (\\u0000) in its text, which Locus cannot keep. Remove it."));
                        }
                    }
                    default -> {
                        // a number, true, false or null: nothing to count
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw new BodyRefusedException(Problems.bodyNotJson(where(e.getLocation(), body.length)));
        } catch (JsonException e) {
            // The parser's other failures (an encoding it cannot read, a stream that ends early).
            throw new BodyRefusedException(Problems.bodyNotJson("The request body is not well-formed JSON."));
        }
    }

    /** Where the parser gave up, in the words of someone who sent the body, never the parser's own. */
    private static String where(JsonLocation location, int length) {
        if (location == null || location.getStreamOffset() < 0) {
            return "The request body is not well-formed JSON.";
        }
        if (location.getStreamOffset() >= length) {
            return "The request body ends before its JSON is complete: an object, array or string is not closed.";
        }
        return "The request body is not well-formed JSON: see line " + location.getLineNumber() + ", column "
                + location.getColumnNumber() + ".";
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
