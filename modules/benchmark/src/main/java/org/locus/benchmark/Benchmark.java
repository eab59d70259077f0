package org.locus.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One benchmark run, start to end: a fresh database, Locus started on it (timed), N engagements seeded
 * (through the benchmark's bulk path or the API), the server's heap, a restart (timed), the tasklist's
 * first page, task completions over HTTP, then the same completions on the bare engine and the engine's
 * own tasklist query for comparison. Prints every figure and writes them to docs/performance.md.
 */
public final class Benchmark {

    /** PostgreSQL 15 sessions report their counters after at most 10 s idle. */
    private static final long STATISTICS_FLUSH_MILLIS = 11_000;

    /** Other processes may use this much CPU while a phase is timed: background noise, not a build. */
    private static final double QUIET_THRESHOLD_CPUS = 0.3;

    private Benchmark() {
    }

    public static void main(String[] args) {
        // The engines' own logging would drown the progress lines; warnings and errors still show.
        Logger.getLogger("org.camunda").setLevel(Level.WARNING);
        Logger.getLogger("").setLevel(Level.WARNING);

        Settings settings = Settings.fromSystemProperties();
        Report report = new Report(settings);
        report.command = command(settings);
        Database database = new Database(settings);
        // The bulk path acts as a user of its own, added to this run's server only.
        BenchUser benchUser = settings.seedsInBulk() ? BenchUser.generate() : null;
        LocusServer server = new LocusServer(settings, benchUser);
        Thread stopOnExit = new Thread(() -> {
            if (server.isRunning()) {
                server.stop();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);

        boolean failed = false;
        try {
            run(settings, report, database, server, benchUser);
        } catch (RuntimeException e) {
            failed = true;
            report.problems.add("The run stopped early: " + e.getMessage());
            e.printStackTrace(System.out);
        } finally {
            if (server.isRunning()) {
                step("Stopping the server");
                server.stop();
            }
            report.print();
            // A run that stopped early keeps its figures in target/ only, so it never replaces a whole run's.
            report.write(!failed);
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        System.exit(failed ? 1 : 0);
    }

    private static void run(Settings settings, Report report, Database database, LocusServer server, BenchUser benchUser) {
        step("Machine: " + report.machine.describe());
        report.basicAuthMillis = Machine.basicAuthCheckMillis();
        if (server.isRunning()) {
            step("Stopping a " + settings.serverName() + " server left running by an earlier run");
            server.stop();
        }

        step("Recreating database " + settings.dbName() + " on " + settings.dbHost() + ":" + settings.dbPort());
        database.recreate();
        report.postgres = database.postgresVersion().replaceAll(" on .*", "");
        step("Starting Locus (" + settings.serverName() + ", http://localhost:" + settings.httpPort() + ") on the empty database");
        quiet(settings, report, "first start", -1);
        CpuUse cpu = CpuUse.begin(settings.dbName());
        report.firstStart = server.start();
        report.cpu.put("first start", cpu.end(server.pid()));
        step(String.format(Locale.ROOT, "Ready in %.1f s (Liberty: started in %.1f s)",
                report.firstStart.wallSeconds(), report.firstStart.libertySeconds()));

        // One engagement tells whether the API lists an engagement's open tasks.
        LocusClient probe = new LocusClient(settings.baseUri(), IntakeValues.STAFF.get(0));
        String first = probe.logFirstContact(IntakeValues.firstContact("Probeshire"));
        report.taskLookup = TaskFinder.Mode.choose(settings.taskLookup(), probe, first);
        step("Tasks are found by " + report.taskLookup.description);
        cpu = CpuUse.begin(settings.dbName());
        if (settings.seedsInBulk()) {
            step(String.format(Locale.ROOT, "Seeding %,d engagements through the bulk path (POST /api/benchmark/seed):"
                            + " %d calls at once, %d engagements a call, %d a transaction", settings.engagements(),
                    settings.bulkThreads(), settings.bulkBatch(), settings.bulkPerTransaction()));
            report.seeding = new BulkSeeder(settings, benchUser).seed(settings.engagements());
        } else {
            step(String.format(Locale.ROOT, "Seeding %,d engagements with %d API clients", settings.engagements(), settings.seedThreads()));
            report.seeding = new Seeder(settings, database, report.taskLookup).seed(settings.engagements());
        }
        report.cpu.put("seeding", cpu.end(server.pid()));
        step(String.format(Locale.ROOT, "Seeded %,d engagements in %s (%.1f engagements/s)", report.seeding.engagements(),
                Report.duration(report.seeding.seconds()), report.seeding.engagementsPerSecond()));
        database.analyze();
        report.openGroupTasks = database.openGroupTasks();
        report.openAssignedTasks = database.openAssignedTasks();
        report.openEngagements = database.openProcessInstances();
        report.databaseSize = database.size();

        if (settings.runs(Settings.PHASE_HEAP)) {
            step("Heap after seeding");
            report.heapAfterSeeding = server.heapAfterFullGc();
            step(String.format(Locale.ROOT, "%.0f MiB used", report.heapAfterSeeding.usedMiB()));
        }

        if (settings.runs(Settings.PHASE_RESTART)) {
            step("Restarting Locus on the seeded database");
            server.stop();
            quiet(settings, report, "restart", -1);
            cpu = CpuUse.begin(settings.dbName());
            report.restart = server.start();
            report.cpu.put("restart", cpu.end(server.pid()));
            step(String.format(Locale.ROOT, "Ready in %.1f s (Liberty: started in %.1f s)",
                    report.restart.wallSeconds(), report.restart.libertySeconds()));
        }

        if (settings.runs(Settings.PHASE_TASKLIST)) {
            tasklist(settings, report, server);
        }
        if (settings.runs(Settings.PHASE_LOOPS)) {
            loops(settings, report, database, server);
        }
        if (settings.runs(Settings.PHASE_AUDIT)) {
            audit(settings, report, database, server);
        }

        // The bare engine gets the machine to itself, as the server had it.
        step("Stopping the server");
        server.stop();

        if (settings.runs(Settings.PHASE_BARE)) {
            bare(settings, report, database);
        }
        if (settings.runs(Settings.PHASE_BEFORE)) {
            before(settings, report);
        }
    }

    private static void tasklist(Settings settings, Report report, LocusServer server) {
        step("Tasklist: first page of the groups' tasks and of Sam's own, and the managers' overview, "
                + settings.probeRequests() + " requests each after a warm-up");
        quiet(settings, report, "tasklist", server.pid());
        CpuUse cpu = CpuUse.begin(settings.dbName());
        TasklistProbe tasklist = new TasklistProbe(settings);
        // Sam leads half the diagnostics and is an enabler in the other half: the longest "My tasks" of the demo staff.
        for (TasklistProbe.Result result : List.of(tasklist.groups(IntakeValues.STAFF.get(0)),
                tasklist.groups(IntakeValues.MANAGER), tasklist.mine(IntakeValues.STAFF.get(0)),
                tasklist.overview(IntakeValues.MANAGER))) {
            report.tasklist.add(result);
            step(String.format(Locale.ROOT, "  %s, %s (%s tasks in the list): %s", result.user(), result.path(),
                    result.listSize(), Report.percentiles(result.latencies())));
        }
        for (String user : List.of(IntakeValues.STAFF.get(0), IntakeValues.MANAGER)) {
            TasklistProbe.Result result = tasklist.page(user);
            if (result == null) {
                break;
            }
            report.tasklist.add(result);
            step(String.format(Locale.ROOT, "  %s, HTML page: %s", user, Report.percentiles(result.latencies())));
        }
        report.cpu.put("tasklist", cpu.end(server.pid()));
    }

    private static void loops(Settings settings, Report report, Database database, LocusServer server) {
        step(String.format(Locale.ROOT, "Task completions over HTTP: %d clients, %d s warm-up, %d s measured",
                settings.clients(), settings.warmup().toSeconds(), settings.loop().toSeconds()));
        quiet(settings, report, "HTTP loop", server.pid());
        CpuUse cpu = CpuUse.begin(settings.dbName());
        Database.Activity before = database.activity();
        report.httpLoop = new CompletionLoop(settings, database, report.taskLookup).run();
        report.cpu.put("HTTP loop", cpu.end(server.pid()));
        LocusServer.sleep(STATISTICS_FLUSH_MILLIS);
        report.httpWork = database.activity().minus(before);
        step(String.format(Locale.ROOT, "  %.1f completions/s, %s", report.httpLoop.perSecond(), report.httpLoop.latencies()));
        report.heapAfterLoop = server.heapAfterFullGc();

        step(String.format(Locale.ROOT, "Task completions through Camunda's REST API (/engine-rest): %d clients, %d s warm-up, %d s measured",
                settings.clients(), settings.warmup().toSeconds(), settings.loop().toSeconds()));
        quiet(settings, report, "engine REST loop", server.pid());
        cpu = CpuUse.begin(settings.dbName());
        report.engineRestLoop = new EngineRestLoop(settings).run();
        report.cpu.put("engine REST loop", cpu.end(server.pid()));
        step(String.format(Locale.ROOT, "  %.1f completions/s, %s", report.engineRestLoop.perSecond(), report.engineRestLoop.latencies()));
    }

    /** The auditor's reads: a long timeline's first page and the audit log's verify, as the demo auditor. */
    private static void audit(Settings settings, Report report, Database database, LocusServer server) {
        step("Audit: the first page of a long timeline (" + settings.probeRequests() + " requests after a warm-up) and the"
                + " audit log's verify (" + settings.verifyRequests() + " after one untimed), as " + AuditProbe.AUDITOR);
        if (!quiet(settings, report, "audit", server.pid())) {
            report.auditProblems.add("Other work kept the machine busy before the audit phase; its figures are"
                    + " less reliable (see its CPU line).");
        }
        CpuUse cpu = CpuUse.begin(settings.dbName());
        report.audit = new AuditProbe(settings).run(database);
        report.cpu.put("audit", cpu.end(server.pid()));
        AuditProbe.Timeline timeline = report.audit.timeline();
        AuditProbe.Verification verification = report.audit.verification();
        step(String.format(Locale.ROOT, "  timeline of %s (%,d entries): %s", timeline.engagementId(), timeline.total(),
                Report.percentiles(timeline.latencies())));
        step(String.format(Locale.ROOT, "  verify (%,d entries in %,d chains, %s): %s", verification.entries(),
                verification.chains(), verification.intact() ? "intact" : verification.breaks() + " chains broken",
                Report.percentiles(verification.latencies())));
    }

    private static void bare(Settings settings, Report report, Database database) {
        CpuUse cpu;
        Database.Activity before;
        try (BareEngineLoop bare = new BareEngineLoop(settings)) {
            if (!settings.bareOnLocusTables() && settings.bareSeed()) {
                step(String.format(Locale.ROOT, "Seeding the bare engine (schema %s) with %,d engagements in process",
                        Settings.BARE_ENGINE_SCHEMA, settings.engagements()));
                report.bareSeeding = bare.seed(settings.engagements());
                database.analyze();
                step(String.format(Locale.ROOT, "Seeded in %s", Report.duration(report.bareSeeding.seconds())));
            }
            step(String.format(Locale.ROOT, "Task completions on the bare engine: %d threads, %d s warm-up, %d s measured",
                    settings.clients(), settings.warmup().toSeconds(), settings.loop().toSeconds()));
            quiet(settings, report, "bare engine loop", -1);
            cpu = CpuUse.begin(settings.dbName());
            before = database.activity();
            report.bareLoop = bare.run();
            report.cpu.put("bare loop", cpu.end(-1));
        }
        LocusServer.sleep(STATISTICS_FLUSH_MILLIS);
        report.bareWork = database.activity().minus(before);
        step(String.format(Locale.ROOT, "  %.1f completions/s, %s", report.bareLoop.perSecond(), report.bareLoop.latencies()));
    }

    private static void before(Settings settings, Report report) {
        step("Before: the engine's candidate-group query on the seeded tables, in-process");
        quiet(settings, report, "before query", -1);
        try (EngineTasklistQuery engineQuery = new EngineTasklistQuery(settings)) {
            CpuUse cpu = CpuUse.begin(settings.dbName());
            report.before = engineQuery.run(List.of("staff", "manager"));
            report.cpu.put("before query", cpu.end(-1));
        }
        report.before.forEach(result -> step(String.format(Locale.ROOT, "  %s (%,d tasks): %s",
                result.group(), result.total(), Report.percentiles(result.latencies()))));
    }

    /**
     * Before a timed phase: waits (within the configured limit) for other work on the machine to stop,
     * and notes a phase that had to run beside it anyway.
     */
    private static boolean quiet(Settings settings, Report report, String phase, long serverPid) {
        if (settings.quietWait().isZero()) {
            return true;
        }
        if (!CpuUse.awaitQuiet(settings.dbName(), serverPid, QUIET_THRESHOLD_CPUS, settings.quietWait())) {
            report.problems.add("Other work kept the machine busy before the " + phase + " phase; its figures are"
                    + " less reliable (see the CPU line).");
            return false;
        }
        return true;
    }

    /** The Maven command that repeats this run. */
    private static String command(Settings settings) {
        StringBuilder command = new StringBuilder("mvn -Pbenchmark -DskipTests verify");
        if (settings.engagements() != 100_000) {
            command.append(" -Dbenchmark.engagements=").append(settings.engagements());
        }
        if (settings.warmup().toSeconds() != 20) {
            command.append(" -Dbenchmark.warmupSeconds=").append(settings.warmup().toSeconds());
        }
        if (settings.loop().toSeconds() != 60) {
            command.append(" -Dbenchmark.loopSeconds=").append(settings.loop().toSeconds());
        }
        if (!settings.seedsInBulk()) {
            command.append(" -Dbenchmark.seedVia=").append(settings.seedVia());
        }
        if (!settings.runsAllPhases()) {
            command.append(" -Dbenchmark.phases=").append(String.join(",",
                    Settings.PHASES.stream().filter(settings::runs).toList()));
        }
        if (settings.verifyRequests() != 5 && settings.runs(Settings.PHASE_AUDIT)) {
            command.append(" -Dbenchmark.verifyRequests=").append(settings.verifyRequests());
        }
        return command.toString();
    }

    private static void step(String message) {
        System.out.println("[benchmark " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
