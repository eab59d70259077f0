package org.locus.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeatScaleTest {

    @Test
    void theSlowestActivityIsHottestAndTheRestFallInFifthsOfIt() {
        HeatScale scale = HeatScale.over(List.of(Duration.ofHours(10), Duration.ofHours(1), Duration.ofHours(5)));
        assertThat(scale.level(Duration.ofHours(10))).isEqualTo(4);
        assertThat(scale.level(Duration.ofHours(1))).isZero();
        assertThat(scale.level(Duration.ofHours(2))).isEqualTo(1);
        assertThat(scale.level(Duration.ofHours(5))).isEqualTo(2);
        assertThat(scale.level(Duration.ofMinutes(599))).isEqualTo(4);
        assertThat(scale.levelStarts(1)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anActivityWithNoTimeHasNoLevelAndAllInstantOnesAreCool() {
        HeatScale scale = HeatScale.over(Arrays.asList(null, Duration.ZERO));
        assertThat(scale.level(null)).isEqualTo(-1);
        assertThat(scale.level(Duration.ZERO)).isZero();
    }
}
