package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The page every task form is built on gives what each form would otherwise repeat. */
class TaskFormTemplateTest {

    @Test
    void opensTheTaskAsThePageIsShownWithErrorsHeaderAndOneForm() throws IOException {
        String template = resource("layout/task-form.xhtml");

        assertThat(template).contains("<f:event type=\"preRenderView\" listener=\"#{form.load}\"/>", "<govuk:errorSummary/>", "src=\"/layout/task-header.xhtml\"",
                "id=\"back-link\"", "<ui:insert name=\"fields\"/>");
        assertThat(count(template, "<h:form ")).isEqualTo(1);
        assertThat(template).contains("<h:form id=\"form\" rendered=\"#{form.available}\">");
    }

    @Test
    void givesEachPageOneMainHeadingWhetherOrNotTheTaskCanBeWorkedOn() throws IOException {
        String header = resource("layout/task-header.xhtml");

        assertThat(count(header, "<h1")).isEqualTo(2);
        assertThat(header).contains("rendered=\"#{form.available}\"").contains("rendered=\"#{not form.available}\"");
        assertThat(count(resource("layout/task-form.xhtml"), "<h1")).isZero();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TaskFormTemplateTest.class.getResourceAsStream("/META-INF/resources/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
