package org.locus.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords(new SecureRandom());
    private final AtomicInteger slowChecks = new AtomicInteger();

    private BooleanSupplier slowCheck(boolean result) {
        return () -> {
            slowChecks.incrementAndGet();
            return result;
        };
    }

    @Test
    void aPasswordThatPassedIsRecognisedWithoutTheSlowCheck() {
        assertThat(verified.matches("sam", "secret".toCharArray(), "hash-1", slowCheck(true))).isTrue();
        assertThat(verified.matches("sam", "secret".toCharArray(), "hash-1", slowCheck(false))).isTrue();
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aDifferentPasswordAlwaysTakesTheSlowCheck() {
        verified.matches("sam", "secret".toCharArray(), "hash-1", slowCheck(true));
        assertThat(verified.matches("sam", "guess".toCharArray(), "hash-1", slowCheck(false))).isFalse();
        assertThat(verified.matches("sam", "guess".toCharArray(), "hash-1", slowCheck(false))).isFalse();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        assertThat(verified.matches("sam", "guess".toCharArray(), "hash-1", slowCheck(false))).isFalse();
        assertThat(verified.matches("sam", "guess".toCharArray(), "hash-1", slowCheck(false))).isFalse();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aChangedConfiguredHashForgetsWhatPassedBefore() {
        verified.matches("sam", "secret".toCharArray(), "hash-1", slowCheck(true));
        assertThat(verified.matches("sam", "secret".toCharArray(), "hash-2", slowCheck(false))).isFalse();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void oneUsersPasswordDoesNotPassForAnother() {
        verified.matches("sam", "secret".toCharArray(), "hash-1", slowCheck(true));
        assertThat(verified.matches("priya", "secret".toCharArray(), "hash-1", slowCheck(false))).isFalse();
        assertThat(slowChecks).hasValue(2);
    }
}
