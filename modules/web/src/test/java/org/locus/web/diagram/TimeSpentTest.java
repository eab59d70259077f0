package org.locus.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimeSpentTest {

    @Test
    void saysADurationInItsTwoLargestUnits() {
        assertThat(TimeSpent.text(Duration.ofMillis(300))).isEqualTo("under a second");
        assertThat(TimeSpent.text(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(TimeSpent.text(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(TimeSpent.text(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(TimeSpent.text(Duration.ofMinutes(125))).isEqualTo("2 hours 5 minutes");
        assertThat(TimeSpent.text(Duration.ofHours(7).plusMinutes(36))).isEqualTo("7 hours 36 minutes");
        assertThat(TimeSpent.text(Duration.ofDays(3).plusHours(1).plusMinutes(59))).isEqualTo("3 days 1 hour");
        assertThat(TimeSpent.text(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(TimeSpent.text(null)).isEmpty();
    }
}
