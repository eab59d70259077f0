package org.locus.platform.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineClockTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-06-30T23:30:00Z");

    @AfterEach
    void resetTheEnginesClock() {
        ClockUtil.reset();
    }

    @Test
    void followsTheEnginesClockWhenATestMovesIt() {
        Clock clock = new EngineClock();
        ClockUtil.setCurrentTime(Date.from(LATE_EVENING_UTC));

        assertThat(clock.instant()).isEqualTo(LATE_EVENING_UTC);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void inAnotherZoneItStillFollowsTheEnginesClockAndGivesThatZonesDate() {
        ZoneId london = ZoneId.of("Europe/London");
        Clock clock = new EngineClock().withZone(london);
        ClockUtil.setCurrentTime(Date.from(LATE_EVENING_UTC));

        assertThat(clock.getZone()).isEqualTo(london);
        assertThat(clock.instant()).isEqualTo(LATE_EVENING_UTC);
        assertThat(LocalDate.now(clock)).as("half past midnight in British Summer Time").isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
