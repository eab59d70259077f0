package org.locus.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/**
 * An unknown user name costs the same slow check as a wrong password: the answer's time must not tell which
 * names exist (NoUserEnumerationIT times it on the server; here the check itself is counted, which a busy
 * machine cannot blur).
 */
class ConfiguredUsersIdentityStoreTest {

    private static final String SAMS_HASH = "PBKDF2WithHmacSHA256:10000:c2FsdA==:aGFzaA==";

    private final List<String> slowChecks = new ArrayList<>();
    private final ConfiguredUsersIdentityStore store = new ConfiguredUsersIdentityStore(
            new ConfiguredUsers(config(Map.of("locus.users", "sam", "locus.user.sam.password", SAMS_HASH, "locus.user.sam.groups", "staff"))),
            countingHash());

    @Test
    void aWrongPasswordTakesTheSlowCheck() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("sam", "wrong"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(slowChecks).containsExactly(SAMS_HASH);
    }

    @Test
    void anUnknownUserTakesTheSameSlowCheckAgainstAConfiguredHashAndIsStillRefused() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("nobody", "right"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(slowChecks).as("one PBKDF2 check, of the same cost as a real user's").containsExactly(SAMS_HASH);
    }

    @Test
    void theRightPasswordSignsIn() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("sam", "right"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactly("staff");
    }

    /** Accepts "right" against any hash, and notes each hash it was asked to check. */
    private Pbkdf2PasswordHash countingHash() {
        return new Pbkdf2PasswordHash() {
            @Override
            public String generate(char[] password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean verify(char[] password, String hashedPassword) {
                slowChecks.add(hashedPassword);
                return "right".equals(new String(password));
            }
        };
    }

    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
            if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
