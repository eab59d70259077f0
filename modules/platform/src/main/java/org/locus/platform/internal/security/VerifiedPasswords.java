package org.locus.platform.internal.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Remembers, per user, the last password that passed the slow PBKDF2 check, as a salted SHA-256
 * digest, so an API client sending the same basic credentials on every request pays the 10,000
 * iterations once rather than on every call (2 ms of CPU each). A wrong password is never
 * remembered, so guessing still costs the full check; a changed configured hash forgets the user.
 * The salt is random per server start and held only in memory.
 */
final class VerifiedPasswords {

    private record Verified(String storedHash, byte[] digest) {
    }

    private final byte[] salt;
    private final Map<String, Verified> byUser = new ConcurrentHashMap<>();

    VerifiedPasswords(SecureRandom random) {
        this.salt = new byte[32];
        random.nextBytes(salt);
    }

    /**
     * Whether the password is the user's: from memory if it passed before against the same stored
     * hash, otherwise by the slow check, whose success is then remembered.
     */
    boolean matches(String user, char[] password, String storedHash, BooleanSupplier slowCheck) {
        byte[] digest = digest(user, password);
        Verified known = byUser.get(user);
        if (known != null && known.storedHash().equals(storedHash) && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        if (!slowCheck.getAsBoolean()) {
            return false;
        }
        byUser.put(user, new Verified(storedHash, digest));
        return true;
    }

    private byte[] digest(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] passwordBytes = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
            sha.update(passwordBytes);
            Arrays.fill(passwordBytes, (byte) 0);
            Arrays.fill(bytes.array(), (byte) 0);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
