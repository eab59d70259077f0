package org.locus.platform.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GovukFormatsTest {

    @Test
    void writesDatesTheGovukWay() {
        assertThat(GovukFormats.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 March 2026");
    }

    @Test
    void writesTimesInUkTime() {
        // 14:15 UTC in summer is 3:15pm in the UK.
        assertThat(GovukFormats.dateTime(Instant.parse("2026-07-01T14:15:00Z"))).isEqualTo("1 July 2026 at 3:15pm");
        assertThat(GovukFormats.dateTime(Instant.parse("2026-01-05T09:00:00Z"))).isEqualTo("5 January 2026 at 9am");
        assertThat(GovukFormats.dateTime(Instant.parse("2026-01-05T12:00:00Z"))).isEqualTo("5 January 2026 at midday");
    }

    @Test
    void writesMoneyWithPenceOnlyWhenThereAreSome() {
        assertThat(GovukFormats.money(new BigDecimal("12500.00"))).isEqualTo("£12,500");
        assertThat(GovukFormats.money(new BigDecimal("12500.5"))).isEqualTo("£12,500.50");
    }

    @Test
    void writesAnswers() {
        assertThat(GovukFormats.yesNo(true)).isEqualTo("Yes");
        assertThat(GovukFormats.yesNo(null)).isNull();
    }
}
