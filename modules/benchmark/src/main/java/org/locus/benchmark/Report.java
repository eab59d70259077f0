package org.locus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of one run, filled in as the run goes (so a run that fails half-way still reports what
 * it measured), printed as a table and written as Markdown: to target/benchmark-results.md always, and
 * into docs/performance.md between its results markers. The auditor's reads have markers of their own, so
 * a run of some phases ({@code benchmark.phases}) replaces the figures of the phases it ran and keeps the
 * others' from earlier runs: the main block is rewritten only by a run of every phase it holds.
 */
final class Report {

    static final String BEGIN = "<!-- benchmark-results:begin -->";
    static final String END = "<!-- benchmark-results:end -->";
    static final String AUDIT_BEGIN = "<!-- benchmark-audit:begin -->";
    static final String AUDIT_END = "<!-- benchmark-audit:end -->";

    static final double TASKLIST_P95_TARGET_MS = 50;
    static final double RATIO_TARGET = 0.7;
    static final double HEAP_TARGET_MIB = 512;
    static final double START_TARGET_S = 15;

    final Settings settings;
    final ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
    final Machine machine = Machine.current();
    String postgres;
    String command;
    LocusServer.Start firstStart;
    LocusServer.Start restart;
    Seeder.Result seeding;
    TaskFinder.Mode taskLookup;
    Map<String, Long> openGroupTasks = new LinkedHashMap<>();
    Map<String, Long> openAssignedTasks = new LinkedHashMap<>();
    long openEngagements = -1;
    String databaseSize;
    LocusServer.Heap heapAfterSeeding;
    LocusServer.Heap heapAfterLoop;
    final List<TasklistProbe.Result> tasklist = new ArrayList<>();
    Throughput.Result httpLoop;
    Throughput.Result bareLoop;
    /** The same loop through Camunda's REST API on the same server. */
    Throughput.Result engineRestLoop;
    BareEngineLoop.Seeding bareSeeding;
    Database.Activity httpWork;
    Database.Activity bareWork;
    List<EngineTasklistQuery.Result> before = List.of();
    double basicAuthMillis = Double.NaN;
    /** The auditor's reads: a long timeline and the audit log's verify. */
    AuditProbe.Result audit;
    final List<String> problems = new ArrayList<>();
    /** Problems of the audit phase, repeated in its own block (which may be written without the main one). */
    final List<String> auditProblems = new ArrayList<>();
    /** CPU use during each phase: the run's own and everyone else's. */
    final Map<String, CpuUse.Share> cpu = new LinkedHashMap<>();

    Report(Settings settings) {
        this.settings = settings;
    }

    Double ratio() {
        return httpLoop == null || bareLoop == null || bareLoop.perSecond() == 0 ? null
                : httpLoop.perSecond() / bareLoop.perSecond();
    }

    /** Locus's API against Camunda's own REST API, completions per second, on the same server. */
    Double engineRestRatio() {
        return httpLoop == null || engineRestLoop == null || engineRestLoop.perSecond() == 0 ? null
                : httpLoop.perSecond() / engineRestLoop.perSecond();
    }

    // ---------------------------------------------------------------- console

    void print() {
        System.out.println();
        System.out.println("==== Locus benchmark, " + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + ", N = "
                + String.format(Locale.ROOT, "%,d", settings.engagements()) + " ====");
        System.out.println("machine:  " + machine.describe());
        System.out.println("database: " + postgres);
        System.out.println();
        String format = "%-62s %-44s %-14s %s%n";
        System.out.printf(Locale.ROOT, format, "measure", "figure", "target", "met");
        for (Row row : rows()) {
            System.out.printf(Locale.ROOT, format, row.measure, row.figure, row.target, row.met.replace("**", ""));
        }
        System.out.println();
        details().forEach(line -> System.out.println(line.replace("`", "")));
        if (audit != null) {
            System.out.println();
            auditRows().forEach(row -> System.out.printf(Locale.ROOT, "%-62s %s%n", row.measure.replace("`", ""), row.figure));
            auditDetails().forEach(line -> System.out.println(line.replace("`", "")));
        }
        problems.forEach(problem -> System.out.println("PROBLEM: " + problem));
    }

    // ---------------------------------------------------------------- markdown

    void write(boolean toDocs) {
        String block = markdown();
        String auditBlock = audit == null ? null : auditMarkdown();
        try {
            Files.createDirectories(settings.results().getParent());
            Files.writeString(settings.results(), auditBlock == null ? block : block + auditBlock, StandardCharsets.UTF_8);
            if (!toDocs) {
                System.out.println("Results written to " + settings.results() + " (not to " + settings.report()
                        + ": the run did not finish)");
                return;
            }
            Path docs = settings.report();
            String updated = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Performance\n\n";
            List<String> written = new ArrayList<>();
            // A run of only some of the main block's phases would wipe the others' figures: it stays in target/.
            if (settings.runsMainPhases()) {
                updated = between(updated, BEGIN, END, block);
                written.add("the results block");
            }
            if (auditBlock != null) {
                updated = between(updated, AUDIT_BEGIN, AUDIT_END, auditBlock);
                written.add("the auditor's reads");
            }
            if (written.isEmpty()) {
                System.out.println("Results written to " + settings.results() + " (not to " + docs
                        + ": the run took only some of the main block's phases)");
                return;
            }
            Files.writeString(docs, updated, StandardCharsets.UTF_8);
            System.out.println("Results written to " + settings.results() + " and " + docs + " (" + String.join(" and ", written)
                    + (settings.runsMainPhases() ? "" : "; the main block keeps an earlier run's figures") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results", e);
        }
    }

    /** The text with what lies between the two markers replaced by the block, or the markers and block added at its end. */
    static String between(String text, String beginMarker, String endMarker, String block) {
        int begin = text.indexOf(beginMarker);
        int end = begin < 0 ? -1 : text.indexOf(endMarker, begin);
        return begin >= 0 && end > begin
                ? text.substring(0, begin + beginMarker.length()) + "\n" + block + text.substring(end)
                : text + "\n" + beginMarker + "\n" + block + endMarker + "\n";
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Latest run: ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", N = ").append(String.format(Locale.ROOT, "%,d", settings.engagements()))
                .append(" open engagements");
        if (!settings.isFullSize()) {
            md.append(" (a quick run: the targets are set for 100,000)");
        }
        md.append("\n\n");
        md.append("- Machine: ").append(machine.describe()).append('\n');
        md.append("- Database: ").append(postgres).append(", on the same machine\n");
        md.append("- Command: `").append(command).append("`\n\n");
        md.append("| measure | figure | target | met |\n|---|---|---|---|\n");
        for (Row row : rows()) {
            md.append("| ").append(row.measure).append(" | ").append(row.figure).append(" | ")
                    .append(row.target).append(" | ").append(row.met).append(" |\n");
        }
        md.append('\n');
        details().forEach(line -> md.append("- ").append(line).append('\n'));
        problems.forEach(problem -> md.append("- **Problem:** ").append(problem).append('\n'));
        md.append('\n');
        return md.toString();
    }

    /** The auditor's reads, a block of their own: the timeline's and the verify's figures, and the seeded N. */
    String auditMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Auditor's reads: ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(", N = ").append(String.format(Locale.ROOT, "%,d", settings.engagements()))
                .append(" engagements seeded\n\n");
        md.append("- Machine: ").append(machine.describe()).append('\n');
        md.append("- Database: ").append(postgres).append(", on the same machine\n");
        md.append("- Command: `").append(command).append("`\n\n");
        md.append("| measure | figure |\n|---|---|\n");
        for (Row row : auditRows()) {
            md.append("| ").append(row.measure).append(" | ").append(row.figure).append(" |\n");
        }
        md.append('\n');
        auditDetails().forEach(line -> md.append("- ").append(line).append('\n'));
        auditProblems.forEach(problem -> md.append("- **Problem:** ").append(problem).append('\n'));
        md.append('\n');
        return md.toString();
    }

    // ---------------------------------------------------------------- content

    private List<Row> auditRows() {
        AuditProbe.Timeline timeline = audit.timeline();
        AuditProbe.Verification verification = audit.verification();
        return List.of(
                new Row(String.format(Locale.ROOT, "One engagement's timeline, first page `GET /api/engagements/{id}/timeline?size=%d`,"
                                + " %s, a timeline of %,d entries, %d requests", AuditProbe.TIMELINE_PAGE_SIZE, AuditProbe.AUDITOR,
                                timeline.total(), timeline.latencies().count()),
                        percentiles(timeline.latencies()), "", ""),
                new Row(String.format(Locale.ROOT, "Audit log verify `GET %s`, %s, %,d entries in %,d chains, %d requests",
                                AuditProbe.VERIFICATION, AuditProbe.AUDITOR, verification.entries(), verification.chains(),
                                verification.latencies().count()),
                        String.format(Locale.ROOT, "median %.0f ms (slowest %.0f ms)", verification.latencies().p50(),
                                verification.latencies().max()), "", ""));
    }

    private List<String> auditDetails() {
        List<String> lines = new ArrayList<>();
        AuditProbe.Timeline timeline = audit.timeline();
        AuditProbe.Verification verification = audit.verification();
        if (seeding != null) {
            lines.add(String.format(Locale.ROOT, "Seeded: %,d engagements %s; open engagements after seeding"
                            + " (the map's process instances, the demo's included) %,d.",
                    seeding.engagements(), seeding.how(), openEngagements));
        }
        lines.add(String.format(Locale.ROOT, "The timeline timed is engagement %s's: of the engagements whose audit chains are"
                + " longest (driven furthest), the one whose timeline holds the most entries (%,d: engine history and"
                + " audit log together), its first page of %d, one request after another after %d untimed.",
                timeline.engagementId(), timeline.total(), AuditProbe.TIMELINE_PAGE_SIZE,
                Math.max(50, settings.probeRequests() / 4)));
        lines.add(String.format(Locale.ROOT, "The verify recomputed every chain: %,d entries in %,d chains, %s; one call"
                        + " untimed before the %d timed.", verification.entries(), verification.chains(),
                verification.intact() ? "the log intact (no chain broken)" : "**" + verification.breaks() + " chains broken**",
                verification.latencies().count()));
        CpuUse.Share share = cpu.get("audit");
        if (share != null) {
            lines.add(String.format(Locale.ROOT, "CPUs busy during the audit phase, of %d: %.2f the run's own (benchmark %.2f,"
                            + " server %.2f, PostgreSQL %.2f), others %.2f.", machine.cpus(), share.ours(), share.benchmark(),
                    share.server(), share.database(), share.others()));
        }
        return lines;
    }

    private record Row(String measure, String figure, String target, String met) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (TasklistProbe.Result probe : tasklist) {
            rows.add(new Row(probe.what() + " `GET " + probe.path() + "`, " + probe.user()
                            + (probe.listTotal() >= 0 ? " (" + probe.listSize() + " in the list)" : "")
                            + ", " + probe.latencies().count() + " requests",
                    percentiles(probe.latencies()),
                    probe.targeted() ? "p95 < 50 ms" : "",
                    probe.targeted() ? met(probe.latencies().p95() < TASKLIST_P95_TARGET_MS) : ""));
        }
        if (httpLoop != null) {
            rows.add(new Row("Task completions over HTTP, " + httpLoop.clients() + " clients, "
                    + seconds(httpLoop.seconds()), throughput(httpLoop), "", ""));
        }
        if (bareLoop != null) {
            rows.add(new Row("Task completions on the bare engine, " + bareLoop.clients() + " threads, "
                    + seconds(bareLoop.seconds()) + (settings.bareOnLocusTables()
                    ? String.format(Locale.ROOT, ", on Locus's engine tables (%,d open engagements)", openEngagements)
                    : bareSeeding == null ? ", empty schema"
                    : String.format(Locale.ROOT, ", %,d open engagements", bareSeeding.engagements())),
                    throughput(bareLoop), "", ""));
        }
        if (engineRestLoop != null) {
            rows.add(new Row("Task completions through `/engine-rest` (Camunda's REST API, intake's first five tasks), "
                    + engineRestLoop.clients() + " clients, " + seconds(engineRestLoop.seconds()), throughput(engineRestLoop), "", ""));
        }
        Double restRatio = engineRestRatio();
        if (restRatio != null) {
            rows.add(new Row("HTTP throughput / engine REST throughput", String.format(Locale.ROOT, "%.2f", restRatio), "", ""));
        }
        Double ratio = ratio();
        if (ratio != null) {
            rows.add(new Row("HTTP throughput / bare engine throughput", String.format(Locale.ROOT, "%.2f", ratio),
                    ">= 0.7", met(ratio >= RATIO_TARGET)));
        }
        if (heapAfterSeeding != null) {
            rows.add(new Row("Server heap after seeding (used after a full GC)", heap(heapAfterSeeding),
                    "< 512 MiB", met(heapAfterSeeding.usedMiB() < HEAP_TARGET_MIB)));
        }
        if (restart != null) {
            rows.add(new Row("Server start with the seeded database", start(restart), "< 15 s",
                    met(restart.wallSeconds() < START_TARGET_S)));
        }
        if (firstStart != null) {
            rows.add(new Row("Server first start on an empty database (creates every table)", start(firstStart),
                    "< 15 s", met(firstStart.wallSeconds() < START_TARGET_S)));
        }
        return rows;
    }

    /** How many engagements were left in one stage, and at each of its stops ({@link Journey#STOPS} from..to). */
    private static String stage(String name, long[] leftAt, int from, int to) {
        StringBuilder stops = new StringBuilder();
        long total = 0;
        for (int i = from; i < to; i++) {
            stops.append(i == from ? "" : ", ").append(Journey.STOPS.get(i)).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", leftAt[i]));
            total += leftAt[i];
        }
        return String.format(Locale.ROOT, "%s %,d (%s)", name, total, stops);
    }

    private List<String> details() {
        List<String> lines = new ArrayList<>();
        if (seeding != null) {
            String leftAt = stage("intake", seeding.leftAt(), 0, IntakeValues.TASKS.size()) + "; "
                    + stage("diagnostic", seeding.leftAt(), IntakeValues.TASKS.size(), Journey.STOPS.size());
            lines.add(String.format(Locale.ROOT, "Seeding: %,d engagements (%,d task completions, %,d requests) %s,"
                            + " in %s: %.1f engagements/s, %.1f requests/s. Left at: %s.",
                    seeding.engagements(), seeding.completions(), seeding.requests(), seeding.how(),
                    duration(seeding.seconds()), seeding.engagementsPerSecond(), seeding.requestsPerSecond(), leftAt));
            if (!settings.isFullSize()) {
                lines.add("At that rate, seeding 100,000 engagements would take about "
                        + duration(100_000 / seeding.engagementsPerSecond()) + ".");
            }
        }
        if (bareSeeding != null) {
            lines.add(String.format(Locale.ROOT, "The bare engine was given the same %,d open engagements, spread over"
                    + " intake the same way, in process with %d threads, %d engagements a transaction, in %s"
                    + " (%.1f engagements/s), so both loops ran against engine tables of the same size.",
                    bareSeeding.engagements(), settings.clients(), bareSeeding.perTransaction(),
                    duration(bareSeeding.seconds()), bareSeeding.engagements() / bareSeeding.seconds()));
        }
        if (!openGroupTasks.isEmpty()) {
            StringBuilder open = new StringBuilder();
            openGroupTasks.forEach((group, count) -> open.append(open.length() == 0 ? "" : ", ")
                    .append(group).append(' ').append(String.format(Locale.ROOT, "%,d", count)));
            StringBuilder assigned = new StringBuilder();
            openAssignedTasks.forEach((person, count) -> assigned.append(assigned.length() == 0 ? "" : ", ")
                    .append(person).append(' ').append(String.format(Locale.ROOT, "%,d", count)));
            lines.add("Open unclaimed tasks after seeding: " + open + "; open tasks assigned by name (the diagnostic's,"
                    + " in \"My tasks\"): " + (assigned.length() == 0 ? "none" : assigned) + String.format(Locale.ROOT,
                    "; open engagements (the map's process instances) %,d; database size %s.", openEngagements, databaseSize));
        }
        if (taskLookup != null) {
            lines.add("How clients found an engagement's next task: " + taskLookup.description + ".");
        }
        for (EngineTasklistQuery.Result result : before) {
            lines.add(String.format(Locale.ROOT, "Before (the engine's candidate-group query, count, and per row the"
                            + " identity links and business key; in-process, no HTTP), group %s (%,d tasks): %s.",
                    result.group(), result.total(), percentiles(result.latencies())));
        }
        if (httpWork != null) {
            lines.add("Database work per task completion (a loop's counts over all its completions, its first contacts"
                    + " and one task lookup per completion included): HTTP " + work(httpWork, httpLoop)
                    + (bareWork == null ? "" : "; bare engine " + work(bareWork, bareLoop)) + ".");
        }
        if (heapAfterLoop != null) {
            lines.add("Server heap after the HTTP loop (used after a full GC): " + heap(heapAfterLoop) + ".");
        }
        if (!cpu.isEmpty()) {
            StringBuilder phases = new StringBuilder();
            cpu.forEach((phase, share) -> phases.append(phases.length() == 0 ? "" : "; ").append(phase)
                    .append(String.format(Locale.ROOT, " %.2f (benchmark %.2f, server %.2f, PostgreSQL %.2f), others %.2f",
                            share.ours(), share.benchmark(), share.server(), share.database(), share.others())));
            lines.add("CPUs busy during each phase, of " + machine.cpus() + ": the run's own (the benchmark's JVM, which"
                    + " is the clients or the bare engine; the server's JVM; PostgreSQL's sessions on the benchmark"
                    + " database) and everything else on the machine: " + phases + ".");
        }
        if (!Double.isNaN(basicAuthMillis)) {
            lines.add(String.format(Locale.ROOT, "One check of a demo password hash (PBKDF2-HMAC-SHA256, 10,000"
                    + " iterations), which every API request pays: %.1f ms on this machine.", basicAuthMillis));
        }
        return lines;
    }

    // ---------------------------------------------------------------- formats

    static String percentiles(Latencies latencies) {
        return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f ms",
                latencies.p50(), latencies.p95(), latencies.p99());
    }

    private static String throughput(Throughput.Result result) {
        return String.format(Locale.ROOT, "%.1f completions/s; p50 %.1f / p95 %.1f ms",
                result.perSecond(), result.latencies().p50(), result.latencies().p95());
    }

    private static String work(Database.Activity work, Throughput.Result loop) {
        double per = Math.max(1, loop.allCompletions());
        return String.format(Locale.ROOT, "%.1f transactions, %.0f rows fetched by index, %.0f rows read by"
                        + " sequential scans, %.1f rows written", work.commits() / per, work.fetched() / per,
                work.scanned() / per, work.written() / per);
    }

    private static String heap(LocusServer.Heap heap) {
        return String.format(Locale.ROOT, "%.0f MiB (heap committed %.0f MiB)", heap.usedMiB(), heap.committedMiB());
    }

    private static String start(LocusServer.Start start) {
        return String.format(Locale.ROOT, "%.1f s to ready (Liberty: started in %.1f s)",
                start.wallSeconds(), start.libertySeconds());
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.0f s", seconds);
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s < 120 ? s + " s" : s < 7200 ? (s / 60) + " min" : String.format(Locale.ROOT, "%.1f h", s / 3600.0);
    }
}
