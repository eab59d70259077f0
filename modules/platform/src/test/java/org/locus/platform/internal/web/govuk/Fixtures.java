package org.locus.platform.internal.web.govuk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * GOV.UK Frontend's own examples of each component: the options given to its Nunjucks macro and
 * the HTML it wrote, shipped in the webjar as {@code components/<name>/fixtures.json}.
 */
final class Fixtures {

    private static final String FOLDER = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/";

    record Fixture(Map<String, Object> options, String html) {

        String text(String option) {
            Object value = options.get(option);
            if (value instanceof Map<?, ?> nested) {
                value = nested.get("text");
            }
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String option) {
            return (Map<String, Object>) options.get(option);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String option) {
            return (List<Map<String, Object>>) options.get(option);
        }
    }

    private Fixtures() {
    }

    @SuppressWarnings("unchecked")
    static Fixture of(String component, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + component + "/fixtures.json")) {
            if (in == null) {
                throw new IllegalStateException("No fixtures for " + component);
            }
            Map<String, Object> file = (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (Object f : (List<Object>) file.get("fixtures")) {
                Map<String, Object> fixture = (Map<String, Object>) f;
                if (name.equals(fixture.get("name"))) {
                    return new Fixture((Map<String, Object>) fixture.get("options"), (String) fixture.get("html"));
                }
            }
            throw new IllegalStateException("No fixture '" + name + "' for " + component);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
