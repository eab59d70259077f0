package org.locus.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run does and where, from system properties ({@code -Dbenchmark.engagements=2000}); the pom
 * passes Maven's properties through, so the same names work on the Maven command line.
 */
record Settings(
        int engagements,
        int seedThreads,
        int probeRequests,
        int clients,
        Duration warmup,
        Duration loop,
        String dbHost,
        int dbPort,
        String dbName,
        String dbUser,
        String dbPassword,
        int httpPort,
        int httpsPort,
        Path wlp,
        String serverName,
        Path bpmn,
        Path report,
        Path results,
        String taskLookup,
        String tasklistPage,
        boolean bareSeed,
        Duration quietWait,
        String seedVia,
        int bulkThreads,
        int bulkBatch,
        int bulkPerTransaction,
        int barePerTransaction,
        String bareTables,
        Set<String> phases,
        int verifyRequests) {

    /** Seeding through the benchmark's bulk path, {@code POST /api/benchmark/seed} (the default). */
    static final String SEED_VIA_BULK = "bulk";
    /** Seeding as API clients do it, {@code POST /api/enquiries} and {@code POST /api/tasks/{id}/complete}. */
    static final String SEED_VIA_API = "api";

    /** The bare engine runs on Locus's own engine tables, with the server stopped (the default). */
    static final String BARE_ON_LOCUS_TABLES = "locus";
    /** The bare engine runs on tables of its own, in {@link #BARE_ENGINE_SCHEMA}, seeded in process. */
    static final String BARE_ON_OWN_TABLES = "own";

    /** The schema of the bare engine's own tables, next to Locus's in the same database. */
    static final String BARE_ENGINE_SCHEMA = "bare_engine";

    /** The heap after seeding, read after a full GC. */
    static final String PHASE_HEAP = "heap";
    /** The start on the seeded database. */
    static final String PHASE_RESTART = "restart";
    /** The tasklists' and the overview's first pages. */
    static final String PHASE_TASKLIST = "tasklist";
    /** Task completions over Locus's API and over Camunda's REST API, and the heap after them. */
    static final String PHASE_LOOPS = "loops";
    /** Task completions on the bare engine, the server stopped. */
    static final String PHASE_BARE = "bare";
    /** The engine's own candidate-group query. */
    static final String PHASE_BEFORE = "before";
    /** An auditor's reads: one engagement's timeline and the audit log's verify. */
    static final String PHASE_AUDIT = "audit";

    /** Every phase, in the order a run takes them; recreating the database, the first start and seeding always run. */
    static final List<String> PHASES = List.of(PHASE_HEAP, PHASE_RESTART, PHASE_TASKLIST, PHASE_LOOPS, PHASE_AUDIT,
            PHASE_BARE, PHASE_BEFORE);

    /** The phases whose figures make the main results block (the audit phase has a block of its own). */
    static final List<String> MAIN_PHASES = List.of(PHASE_HEAP, PHASE_RESTART, PHASE_TASKLIST, PHASE_LOOPS,
            PHASE_BARE, PHASE_BEFORE);

    static Settings fromSystemProperties() {
        return new Settings(
                integer("benchmark.engagements", 100_000),
                integer("benchmark.seedThreads", 8),
                integer("benchmark.probeRequests", 300),
                integer("benchmark.clients", 4),
                Duration.ofSeconds(integer("benchmark.warmupSeconds", 20)),
                Duration.ofSeconds(integer("benchmark.loopSeconds", 60)),
                text("benchmark.db.host", "127.0.0.1"),
                integer("benchmark.db.port", 5432),
                text("benchmark.db.name", "locus_bench"),
                text("benchmark.db.user", "postgres"),
                // Never in the pom: from the environment, as psql would take it.
                System.getProperty("benchmark.db.password", System.getenv().getOrDefault("PGPASSWORD", "")),
                integer("benchmark.http.port", 9280),
                integer("benchmark.https.port", 9643),
                Path.of(text("benchmark.wlp", "target/liberty/wlp")).toAbsolutePath().normalize(),
                text("benchmark.server", "locus-bench"),
                Path.of(text("benchmark.bpmn", "../../bpmn")).toAbsolutePath().normalize(),
                Path.of(text("benchmark.report", "../../docs/performance.md")).toAbsolutePath().normalize(),
                Path.of(text("benchmark.results", "target/benchmark-results.md")).toAbsolutePath().normalize(),
                text("benchmark.taskLookup", "auto"),
                text("benchmark.tasklistPage", "/tasks/index.xhtml?scope=groups"),
                Boolean.parseBoolean(text("benchmark.bareSeed", "true")),
                Duration.ofSeconds(integer("benchmark.quietWaitSeconds", 600)),
                seedVia(text("benchmark.seedVia", SEED_VIA_BULK)),
                integer("benchmark.bulkThreads", 3),
                integer("benchmark.bulkBatch", 100),
                integer("benchmark.bulkPerTransaction", 20),
                integer("benchmark.barePerTransaction", 20),
                bareTables(text("benchmark.bareTables", BARE_ON_LOCUS_TABLES)),
                phases(text("benchmark.phases", "all")),
                integer("benchmark.verifyRequests", 5));
    }

    /** Whether this run takes the phase (after seeding, which every run does). */
    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** Whether every phase runs, as in a default run. */
    boolean runsAllPhases() {
        return phases.containsAll(PHASES);
    }

    /** Whether every phase of the main results block runs, so that block can be written whole. */
    boolean runsMainPhases() {
        return phases.containsAll(MAIN_PHASES);
    }

    /** {@code all}, or a comma-separated list of {@link #PHASES}. */
    private static Set<String> phases(String value) {
        if (value.equals("all")) {
            return Set.copyOf(PHASES);
        }
        Set<String> phases = new LinkedHashSet<>();
        for (String phase : value.split(",")) {
            String name = phase.strip();
            if (!PHASES.contains(name)) {
                throw new IllegalArgumentException("benchmark.phases is all or a comma-separated list of " + PHASES
                        + ", not " + value);
            }
            phases.add(name);
        }
        return Set.copyOf(phases);
    }

    boolean bareOnLocusTables() {
        return bareTables.equals(BARE_ON_LOCUS_TABLES);
    }

    private static String bareTables(String value) {
        if (!value.equals(BARE_ON_LOCUS_TABLES) && !value.equals(BARE_ON_OWN_TABLES)) {
            throw new IllegalArgumentException("benchmark.bareTables is " + BARE_ON_LOCUS_TABLES + " or "
                    + BARE_ON_OWN_TABLES + ", not " + value);
        }
        return value;
    }

    boolean seedsInBulk() {
        return seedVia.equals(SEED_VIA_BULK);
    }

    private static String seedVia(String value) {
        if (!value.equals(SEED_VIA_BULK) && !value.equals(SEED_VIA_API)) {
            throw new IllegalArgumentException("benchmark.seedVia is " + SEED_VIA_BULK + " or " + SEED_VIA_API
                    + ", not " + value);
        }
        return value;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    String jdbcUrl() {
        return jdbcUrl(dbName);
    }

    URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    /** Targets hold at this size; smaller runs are for trying the benchmark out. */
    boolean isFullSize() {
        return engagements >= 100_000;
    }

    private static int integer(String name, int absent) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? absent : Integer.parseInt(value.strip().replace("_", ""));
    }

    private static String text(String name, String absent) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? absent : value.strip();
    }
}
