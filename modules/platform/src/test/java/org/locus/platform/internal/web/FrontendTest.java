package org.locus.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The paths the layout and the assets servlet use are the webjars' on the classpath: a version bump in the pom that forgets them fails here. */
class FrontendTest {

    @Test
    void layoutLinksTheWebjarsThatAreOnTheClasspath() throws IOException {
        String layout = resource("/META-INF/resources/layout/page.xhtml");

        for (String path : new String[] {Frontend.GOVUK_STYLESHEET, Frontend.MOJ + "/moj-frontend.min.css"}) {
            assertThat(FrontendTest.class.getResource("/META-INF/resources" + path)).as(path).isNotNull();
            assertThat(layout).as("the layout links " + path).contains(path);
        }
    }

    /** The scripts are imported by the layout's module (a file, for the Content-Security-Policy), one folder below the root. */
    @Test
    void frontendModuleImportsTheWebjarsThatAreOnTheClasspath() throws IOException {
        String module = resource("/META-INF/resources/locus/frontend.js");

        for (String path : new String[] {Frontend.GOVUK + "/govuk-frontend.min.js", Frontend.MOJ + "/moj-frontend.min.js"}) {
            assertThat(FrontendTest.class.getResource("/META-INF/resources" + path)).as(path).isNotNull();
            assertThat(module).as("the module imports " + path).contains("'.." + path + "'");
        }
        assertThat(resource("/META-INF/resources/layout/page.xhtml")).contains("#{resource['locus:frontend.js']}");
    }

    @Test
    void assetFoldersHoldTheImagesTheStylesheetsAskFor() {
        assertThat(FrontendTest.class.getResource("/META-INF/resources" + Frontend.GOVUK + "/assets/images/govuk-crest.svg")).isNotNull();
        assertThat(FrontendTest.class.getResource("/META-INF/resources" + Frontend.MOJ + "/assets/images/icon-document.svg")).isNotNull();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = FrontendTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
