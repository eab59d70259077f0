package org.locus.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** What the figures were measured on, and one cost of the machine that explains some of them. */
record Machine(int cpus, String cpuModel, String memory, String java, String os) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /**
     * How long one check of a demo user's password hash takes here (PBKDF2-HMAC-SHA256, 10,000
     * iterations, as in server-config/profiles/demo.xml): every API request with basic credentials
     * pays it once, since the API keeps no session.
     */
    static double basicAuthCheckMillis() {
        try {
            byte[] salt = Base64.getDecoder().decode("5ttUMpY7RRjU/vu+wKpHIVT3ByEgZsthztp6A43NTVs=");
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            PBEKeySpec spec = new PBEKeySpec(LocusClient.DEMO_PASSWORD.toCharArray(), salt, 10_000, 256);
            for (int i = 0; i < 30; i++) {
                factory.generateSecret(spec);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < 50; i++) {
                long began = System.nanoTime();
                factory.generateSecret(spec);
                latencies.record(System.nanoTime() - began);
            }
            return latencies.p50();
        } catch (java.security.GeneralSecurityException e) {
            return Double.NaN;
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "%d CPUs (%s), %s memory, %s, %s", cpus, cpuModel, memory, java, os);
    }

    private static String readCpuModel() {
        return lines("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private static String readMemory() {
        return lines("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("\\D+", ""))
                .map(kib -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0))
                .findFirst().orElse("unknown");
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
