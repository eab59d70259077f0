package org.locus.platform.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    /** {@code printf '%s\n%s' 000...0 "<the canonical form below>" | sha256sum}, worked out once outside Java. */
    private static final String SHA256_BY_COREUTILS = "12f745e2459f60a85e81a823859a197420c4cd65780e3a10d0ebde4e43138da4";

    @Test
    void escapesAsJqsTojsonDoes() {
        assertThat(CanonicalForm.json("a\"b\\c\b\f\n\r\t\u0001\u007f é/✓")).isEqualTo("\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u007f é/✓\"");
        assertThat(CanonicalForm.json(null)).isEqualTo("null");
    }

    @Test
    void instantsAlwaysHaveThreeDigitsOfMilliseconds() {
        assertThat(CanonicalForm.instant(Instant.parse("2026-12-07T15:00:00Z"))).isEqualTo("2026-12-07T15:00:00.000Z");
        assertThat(CanonicalForm.instant(Instant.parse("2026-12-07T15:00:00.123456Z"))).isEqualTo("2026-12-07T15:00:00.123Z");
        assertThat(CanonicalForm.instant(Instant.parse("2026-12-07T15:00:00.1Z"))).isEqualTo("2026-12-07T15:00:00.100Z");
    }

    @Test
    void theHashIsSha256OfThePreviousHashANewlineAndTheCanonicalForm() {
        AuditEntry entry = new AuditEntry("locus", 1, Instant.parse("2026-12-07T15:00:00Z"), "sam", "CREATED", "intake.Place", "p1",
                null, null, "{\"name\":\"Northshire\"}", CanonicalForm.GENESIS, null);

        assertThat(entry.canonical()).isEqualTo("locus-audit/1\nchain: \"locus\"\nposition: 1\nat: \"2026-12-07T15:00:00.000Z\"\n"
                + "by: \"sam\"\nkind: \"CREATED\"\nsubject: \"intake.Place\"\nsubjectId: \"p1\"\nengagement: null\nbefore: null\n"
                + "after: \"{\\\"name\\\":\\\"Northshire\\\"}\"\n");
        assertThat(CanonicalForm.hash(CanonicalForm.GENESIS, entry.canonical())).isEqualTo(SHA256_BY_COREUTILS);
    }
}
