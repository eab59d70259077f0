package org.locus.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SystemFontsTest {

    @Test
    void govukStylesheetNoLongerNamesOrFetchesGdsTransport() throws IOException {
        String original = webjarStylesheet();

        String css = SystemFonts.withoutGdsTransport(original);

        assertThat(original).contains("GDS Transport").contains("/assets/fonts/");
        assertThat(css).doesNotContain("GDS Transport").doesNotContain("/assets/fonts/").doesNotContain("@font-face");
        assertThat(css).contains("font-family:arial,sans-serif");
        // Nothing else was taken: only the two @font-face rules and the name in each font stack.
        assertThat(original.length() - css.length()).isLessThan(3000);
    }

    @Test
    void keepsTheRestOfAFontStack() {
        assertThat(SystemFonts.withoutGdsTransport(".a{font-family:\"GDS Transport\", arial, sans-serif}"))
                .isEqualTo(".a{font-family:arial, sans-serif}");
    }

    private static String webjarStylesheet() throws IOException {
        try (InputStream in = SystemFontsTest.class.getResourceAsStream("/META-INF/resources" + Frontend.GOVUK_STYLESHEET)) {
            assertThat(in).as("GOV.UK Frontend's stylesheet in the webjar").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
