package org.locus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's own Liberty server ({@code locus-bench}, created by the pom from the application's
 * server-config), started with {@code wlp/bin/server} as an operator would, and configured the way
 * Locus documents it: through environment variables.
 */
final class LocusServer {

    /** How long a start may take before the run gives up; far above the 15 s target on purpose. */
    private static final Duration START_LIMIT = Duration.ofMinutes(5);
    private static final Pattern STARTED_IN = Pattern.compile("CWWKF0011I.*?([0-9]+[.,][0-9]+) seconds");
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** One start: wall time from {@code server start} to {@code /health/ready} UP, and Liberty's own figure. */
    record Start(double wallSeconds, double libertySeconds) {
    }

    /** Heap after a full collection, in MiB, and what the JVM had reserved for it then. */
    record Heap(double usedMiB, double committedMiB) {
    }

    private final Settings settings;
    private final BenchUser benchUser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param benchUser the user of the bulk seeding path, added to the demo users on this server only; null
     *                  for none (the server then has the demo users alone)
     */
    LocusServer(Settings settings, BenchUser benchUser) {
        this.settings = settings;
        this.benchUser = benchUser;
    }

    Start start() {
        Path script = settings.wlp().resolve("bin/server");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No Liberty at " + settings.wlp() + ": run the benchmark through Maven "
                    + "(mvn -Pbenchmark ...), which creates the " + settings.serverName() + " server first");
        }
        long began = System.nanoTime();
        Process process = run(script.toString(), "start", settings.serverName());
        waitUntilReady(began, process);
        double wall = (System.nanoTime() - began) / 1e9;
        awaitExit(process, "server start", Duration.ofMinutes(2));
        return new Start(wall, libertyStartedIn().orElse(Double.NaN));
    }

    void stop() {
        Process process = run(settings.wlp().resolve("bin/server").toString(), "stop", settings.serverName());
        awaitExit(process, "server stop", Duration.ofMinutes(2));
    }

    boolean isRunning() {
        Path script = settings.wlp().resolve("bin/server");
        if (!Files.isExecutable(script)) {
            return false;
        }
        Process process = run(script.toString(), "status", settings.serverName());
        return awaitExit(process, "server status", Duration.ofMinutes(1)) == 0;
    }

    /** Runs a full collection in the server's JVM, then reads how much heap is still in use. */
    Heap heapAfterFullGc() {
        long pid = pid();
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher matcher = HEAP_USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot read the heap from jcmd GC.heap_info:\n" + info);
        }
        return new Heap(Long.parseLong(matcher.group(2)) / 1024.0, Long.parseLong(matcher.group(1)) / 1024.0);
    }

    /** The server JVM's process id: the one running Liberty's launcher for this server's name. */
    long pid() {
        String listing = jcmd(null, "-l");
        for (String line : listing.split("\\R")) {
            List<String> words = List.of(line.strip().split("\\s+"));
            if (words.size() >= 3 && words.get(1).endsWith("ws-server.jar") && words.contains(settings.serverName())) {
                return Long.parseLong(words.get(0));
            }
        }
        Path pidFile = settings.wlp().resolve("usr/servers/.pid/" + settings.serverName() + ".pid");
        try {
            return Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot find the JVM of server " + settings.serverName() + " in jcmd -l:\n" + listing);
        }
    }

    Path messagesLog() {
        return serverDirectory().resolve("logs/messages.log");
    }

    Path serverDirectory() {
        return settings.wlp().resolve("usr/servers/" + settings.serverName());
    }

    private void waitUntilReady(long began, Process process) {
        URI health = settings.baseUri().resolve("/health/ready");
        String last = "no answer";
        while (System.nanoTime() - began < START_LIMIT.toNanos()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + LocusClient.abbreviate(response.body());
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server", e);
            }
            if (!process.isAlive() && process.exitValue() != 0) {
                throw new IllegalStateException("server start failed (exit " + process.exitValue() + "); see " + messagesLog());
            }
            sleep(50);
        }
        throw new IllegalStateException("Server not ready after " + START_LIMIT + " (last answer: " + last
                + "); see " + messagesLog());
    }

    /** Liberty's own "server ... started in N seconds" from the latest start, if it logged one. */
    private Optional<Double> libertyStartedIn() {
        try {
            List<String> lines = Files.readAllLines(messagesLog(), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher matcher = STARTED_IN.matcher(lines.get(i));
                if (matcher.find()) {
                    return Optional.of(Double.parseDouble(matcher.group(1).replace(',', '.')));
                }
            }
        } catch (IOException e) {
            // no log, no figure: the wall time still stands
        }
        return Optional.empty();
    }

    private Process run(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Locus reads its configuration from the environment (server variables resolve from it).
        env.put("LOCUS_DB", "postgresql");
        env.put("LOCUS_DB_URL", settings.jdbcUrl());
        env.put("LOCUS_DB_USER", settings.dbUser());
        env.put("LOCUS_DB_PASSWORD", settings.dbPassword());
        env.put("LOCUS_PROFILE", "demo");
        env.put("HTTP_PORT", String.valueOf(settings.httpPort()));
        env.put("HTTPS_PORT", String.valueOf(settings.httpsPort()));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        if (benchUser != null && command.length > 1 && command[1].equals("start")) {
            env.putAll(benchUser.environment(serverDirectory()));
        }
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        }
    }

    private static int awaitExit(Process process, String what, Duration limit) {
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                throw new IllegalStateException(what + " did not finish within " + limit);
            }
            if (process.exitValue() != 0 && !what.equals("server status")) {
                System.out.println("  " + what + " exited " + process.exitValue() + ": " + output.strip());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + what, e);
        }
    }

    private static String jcmd(Long pid, String command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        if (pid != null) {
            line.add(String.valueOf(pid));
        }
        line.add(command);
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
