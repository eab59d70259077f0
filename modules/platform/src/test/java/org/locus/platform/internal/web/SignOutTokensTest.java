package org.locus.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignOutTokensTest {

    @Test
    void acceptsOnlyTheSessionsOwnToken() {
        assertThat(SignOutTokens.matches("abc", "abc")).isTrue();
        assertThat(SignOutTokens.matches("abc", "abd")).isFalse();
        assertThat(SignOutTokens.matches("abc", null)).isFalse();
        assertThat(SignOutTokens.matches(null, "abc")).isFalse();
    }
}
