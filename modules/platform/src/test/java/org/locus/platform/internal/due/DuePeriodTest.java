package org.locus.platform.internal.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DuePeriodTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T09:30:00Z");

    @Test
    void readsDaysAndWeeksAsTheCalendarCountsThem() {
        assertThat(DuePeriod.parse("P5D").orElseThrow().after(CREATED)).isEqualTo(Instant.parse("2026-12-12T09:30:00Z"));
        assertThat(DuePeriod.parse(" p2w ").orElseThrow().after(CREATED)).isEqualTo(Instant.parse("2026-12-21T09:30:00Z"));
    }

    @Test
    void readsHoursAndMinutes() {
        assertThat(DuePeriod.parse("PT4H30M").orElseThrow().after(CREATED)).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
    }

    @Test
    void refusesWhatIsNotAPositivePeriod() {
        assertThat(DuePeriod.parse("5 days")).isEmpty();
        assertThat(DuePeriod.parse("P0D")).isEmpty();
        assertThat(DuePeriod.parse("P-1D")).isEmpty();
        assertThat(DuePeriod.parse("")).isEmpty();
        assertThat(DuePeriod.parse(null)).isEmpty();
    }
}
