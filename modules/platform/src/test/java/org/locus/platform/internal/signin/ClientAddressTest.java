package org.locus.platform.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void ignoresForwardedForWithoutTrustedProxies() {
        assertThat(new ClientAddress(Set.of()).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void ignoresForwardedForFromAnAddressThatIsNotATrustedProxy() {
        assertThat(new ClientAddress(Set.of("10.0.0.1")).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void takesTheEntryTheTrustedProxyWroteNotWhatTheClientPutInFront() {
        ClientAddress address = new ClientAddress(Set.of("10.0.0.1", "10.0.0.2"));
        // The client sent "X-Forwarded-For: 1.2.3.4"; the outer proxy 10.0.0.2 appended 198.51.100.7, the inner 10.0.0.2.
        assertThat(address.of("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2")).isEqualTo("198.51.100.7");
    }

    @Test
    void keepsTheProxyWhenTheHeaderIsMissingOrEmpty() {
        ClientAddress address = new ClientAddress(Set.of("10.0.0.1"));
        assertThat(address.of("10.0.0.1", null)).isEqualTo("10.0.0.1");
        assertThat(address.of("10.0.0.1", " ")).isEqualTo("10.0.0.1");
    }
}
