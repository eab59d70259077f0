package org.locus.platform.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SigninSettingsTest {

    private final SigninSettings settings = new SigninSettings(5, 20, Duration.ofSeconds(30), 2,
            Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofDays(30), Set.of());

    @Test
    void locksNothingBelowTheLimit() {
        assertThat(settings.lockAfter(4, 5)).isEmpty();
    }

    @Test
    void locksFromTheLimitDoublingWithEachFailureUpToTheCap() {
        assertThat(settings.lockAfter(5, 5)).contains(Duration.ofSeconds(30));
        assertThat(settings.lockAfter(6, 5)).contains(Duration.ofMinutes(1));
        assertThat(settings.lockAfter(7, 5)).contains(Duration.ofMinutes(2));
        assertThat(settings.lockAfter(8, 5)).contains(Duration.ofMinutes(4));
        assertThat(settings.lockAfter(9, 5)).contains(Duration.ofMinutes(5));
        assertThat(settings.lockAfter(5000, 5)).contains(Duration.ofMinutes(5));
    }

    @Test
    void refusesACapBelowTheFirstLock() {
        assertThatThrownBy(() -> new SigninSettings(5, 20, Duration.ofMinutes(10), 2, Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofDays(30), Set.of()))
                .hasMessageContaining("locus.signin.lock.max");
    }
}
