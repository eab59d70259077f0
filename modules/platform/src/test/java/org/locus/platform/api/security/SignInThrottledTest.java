package org.locus.platform.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInThrottledTest {

    @Test
    void saysMinutesRoundedUpForAnAccount() {
        assertThat(new SignInThrottled(Duration.ofSeconds(61), false).message())
                .isEqualTo("Too many failed sign-ins for this account. Try again in 2 minutes.");
        assertThat(new SignInThrottled(Duration.ofSeconds(60), false).message())
                .isEqualTo("Too many failed sign-ins for this account. Try again in 1 minute.");
    }

    @Test
    void saysSecondsUnderAMinuteForANetwork() {
        assertThat(new SignInThrottled(Duration.ofMillis(1500), true).message())
                .isEqualTo("Too many failed sign-ins from your network. Try again in 2 seconds.");
        assertThat(new SignInThrottled(Duration.ofMillis(10), true).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }
}
