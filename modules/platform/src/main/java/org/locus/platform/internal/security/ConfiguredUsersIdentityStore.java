package org.locus.platform.internal.security;

import java.security.SecureRandom;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.locus.platform.api.security.Person;

/**
 * Checks a user name and password against the configured users' PBKDF2 hashes; a password that
 * passed once is then recognised quickly (see {@link VerifiedPasswords}). An unknown user name costs
 * the same slow check as a wrong password, so the time of the answer does not tell which names exist.
 */
@ApplicationScoped
public class ConfiguredUsersIdentityStore implements IdentityStore {

    private final ConfiguredUsers users;
    private final Pbkdf2PasswordHash passwordHash;
    private final VerifiedPasswords verified = new VerifiedPasswords(new SecureRandom());

    /** For the CDI proxy only. */
    protected ConfiguredUsersIdentityStore() {
        this(null, null);
    }

    @Inject
    ConfiguredUsersIdentityStore(ConfiguredUsers users, Pbkdf2PasswordHash passwordHash) {
        this.users = users;
        this.passwordHash = passwordHash;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String id = credential.getCaller();
        Optional<String> hash = users.passwordHashOf(id);
        char[] password = credential.getPassword().getValue();
        if (hash.isEmpty()) {
            pretendToVerify(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!verified.matches(id, password, hash.get(), () -> verifies(password, hash.get()))) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Person person = users.find(id).orElseThrow();
        return new CredentialValidationResult(person.id(), person.groups());
    }

    /**
     * The slow check a wrong password gets, against a configured user's hash: the same algorithm, iterations
     * and key size as a real user's by construction (a dummy hash made here could differ from what is
     * configured). Its result is thrown away: whatever it says, an unknown name never signs in.
     */
    private void pretendToVerify(char[] password) {
        users.anyPasswordHash().ifPresent(hash -> verifies(password, hash));
    }

    private boolean verifies(char[] password, String hash) {
        try {
            return passwordHash.verify(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
