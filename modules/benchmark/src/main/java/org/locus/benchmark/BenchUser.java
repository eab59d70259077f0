package org.locus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The user that seeds through the bulk path ({@code POST /api/benchmark/seed}): an admin in both staff and
 * manager, since intake's commands act as the caller and its tasks are offered to staff or to managers.
 * It exists only on the benchmark's server, for one run: its password is made up at random when the run
 * begins and given to the server as a PBKDF2 hash, through the environment, as Locus configures any user
 * ({@code LOCUS_USERS}, {@code LOCUS_USER_<ID>_GROUPS}, ...). The demo users stay as they are.
 */
record BenchUser(String id, String password, String passwordHash) {

    static final String ID = "bench";
    static final String GROUPS = "staff,manager,admin";

    private static final int ITERATIONS = 10_000;
    private static final Pattern DEMO_USERS = Pattern.compile("name=\"locus\\.users\"\\s+defaultValue=\"([^\"]*)\"");

    static BenchUser generate() {
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return new BenchUser(ID, password, "PBKDF2WithHmacSHA256:" + ITERATIONS + ":" + base64.encodeToString(salt)
                    + ":" + base64.encodeToString(hash));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash the bench user's password", e);
        }
    }

    /**
     * The environment that adds this user to the demo profile's: {@code LOCUS_USERS} replaces the profile's
     * list, so it names the demo users (read from the server's copy of the profile) and this one.
     */
    Map<String, String> environment(Path serverDirectory) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOCUS_USERS", demoUsers(serverDirectory) + "," + id);
        String prefix = "LOCUS_USER_" + id.toUpperCase(java.util.Locale.ROOT) + "_";
        env.put(prefix + "NAME", "Benchmark seeder");
        env.put(prefix + "GROUPS", GROUPS);
        env.put(prefix + "PASSWORD", passwordHash);
        return env;
    }

    private static String demoUsers(Path serverDirectory) {
        Path profile = serverDirectory.resolve("profiles/demo.xml");
        try {
            Matcher matcher = DEMO_USERS.matcher(Files.readString(profile, StandardCharsets.UTF_8));
            if (!matcher.find() || matcher.group(1).isBlank()) {
                throw new IllegalStateException("No locus.users in " + profile);
            }
            return matcher.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo users from " + profile, e);
        }
    }
}
