package org.locus.platform.internal.web.govuk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * GOV.UK Frontend's own examples of each component: the options given to its Nunjucks macro and
 * the HTML it wrote, shipped in the webjar as {@code components/<name>/fixtures.json}.
 */
final class Fixtures {

    private static final String FOLDER = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/";

    record Fixture(JsonObject options, String html) {

        String text(String option) {
            return Fixtures.text(options, option);
        }

        JsonObject object(String option) {
            return options.getJsonObject(option);
        }

        List<JsonObject> list(String option) {
            return options.getJsonArray(option).getValuesAs(JsonObject.class);
        }
    }

    private Fixtures() {
    }

    /**
     * An option's text, or null where it has none: the option itself, or its {@code text} where the
     * macro takes {@code {text: ...}}; a number or boolean as the macro would print it.
     */
    static String text(JsonObject options, String option) {
        JsonValue value = options.get(option);
        if (value instanceof JsonObject nested) {
            value = nested.get("text");
        }
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    static Fixture of(String component, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + component + "/fixtures.json")) {
            if (in == null) {
                throw new IllegalStateException("No fixtures for " + component);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject().getJsonArray("fixtures").getValuesAs(JsonObject.class).stream()
                        .filter(fixture -> name.equals(fixture.getString("name")))
                        .findFirst()
                        .map(fixture -> new Fixture(fixture.getJsonObject("options"), fixture.getString("html")))
                        .orElseThrow(() -> new IllegalStateException("No fixture '" + name + "' for " + component));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
