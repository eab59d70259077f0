package org.locus.app.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hostile-input suite found, as figures and as the list of faults that fail it: inputs tried
 * (by kind), answers that were server errors, that leaked a stack trace, requests refused that still wrote
 * rows, values accepted, and the checks that accepted text is shown back encoded. Written to
 * {@code docs/reliability.md} between the markers of the database the run used, as the benchmark writes
 * {@code docs/performance.md}.
 */
final class Verdicts {

    /** At most this many faults are kept word for word; the figures count them all. */
    private static final int FAULTS_KEPT = 200;

    private final Map<String, Integer> tried = new LinkedHashMap<>();
    private final List<String> faults = new ArrayList<>();
    private final Instant started = Instant.now();
    private final Duration budget;
    private Instant phaseEnd;
    private int refusedByTheContainer;
    private int faultCount;
    private int serverErrors;
    private int stackTraces;
    private int leaks;
    private int rowsWrittenByRefused;
    private int accepted;
    private int echoChecks;
    private int echoFailures;
    private int notUnderstood;
    private int skippedForTime;

    Verdicts(Duration budget) {
        this.budget = budget;
        this.phaseEnd = started.plus(budget);
    }

    /**
     * Starts a part of the run (the API, the forms) that may use this share of the time left, so that one
     * part running long cannot leave the next untried.
     */
    void phase(double share) {
        Instant end = started.plus(budget);
        Duration left = Duration.between(Instant.now(), end);
        phaseEnd = Instant.now().plus(Duration.ofMillis((long) (Math.max(0, left.toMillis()) * share)));
    }

    /** False once the suite (or its part) has used its time: the rest is counted as skipped, and the run stops by itself. */
    boolean inTime() {
        return Instant.now().isBefore(phaseEnd);
    }

    /**
     * A request Liberty's web container refused before any application saw it (a malformed escape, an
     * encoded dot segment), in its own fixed one-line words (README: "Requests Liberty refuses").
     */
    void refusedByTheContainer() {
        refusedByTheContainer++;
    }

    void skipped() {
        skippedForTime++;
    }

    void tried(String kind) {
        tried.merge(kind, 1, Integer::sum);
    }

    void serverError(String what) {
        serverErrors++;
        fault("5xx: " + what);
    }

    void leak(String what, List<String> found, boolean stackTrace) {
        leaks++;
        if (stackTrace) {
            stackTraces++;
        }
        fault("leaks " + found + ": " + what);
    }

    void rowsWritten(String what, Map<String, String> changed) {
        rowsWrittenByRefused++;
        fault("refused but wrote rows " + changed + ": " + what);
    }

    void notUnderstood(String what) {
        notUnderstood++;
        fault("no message a person understands: " + what);
    }

    void accepted() {
        accepted++;
    }

    void echoed(String what, boolean encoded) {
        echoChecks++;
        if (!encoded) {
            echoFailures++;
            fault("shown back as markup, not text: " + what);
        }
    }

    void fault(String what) {
        faultCount++;
        if (faults.size() < FAULTS_KEPT) {
            faults.add(what.length() > 600 ? what.substring(0, 600) + "..." : what);
        }
    }

    List<String> faults() {
        return faults;
    }

    int inputs() {
        return tried.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The figures as a Markdown table, with the run's database and time. */
    String table(String database) {
        StringBuilder text = new StringBuilder();
        text.append("Run of ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(started.atOffset(ZoneOffset.UTC).withNano(0)))
                .append(" UTC on ").append(database).append(", ").append(Duration.between(started, Instant.now()).toSeconds())
                .append(" s, budget ").append(budget.toSeconds()).append(" s.\n\n");
        text.append("| figure | value | target |\n|--------|------:|-------:|\n");
        text.append("| inputs tried | ").append(inputs()).append(" | |\n");
        tried.forEach((kind, count) -> text.append("| - ").append(kind).append(" | ").append(count).append(" | |\n"));
        text.append("| refused by Liberty before Locus, in Liberty's one-line words (README) | ").append(refusedByTheContainer).append(" | |\n");
        text.append("| answers 5xx | ").append(serverErrors).append(" | 0 |\n");
        text.append("| answers with a stack trace or exception name | ").append(stackTraces).append(" | 0 |\n");
        text.append("| answers leaking anything else (class, product, framework words) | ").append(leaks - stackTraces).append(" | 0 |\n");
        text.append("| refusals without a message a person understands | ").append(notUnderstood).append(" | 0 |\n");
        text.append("| refused requests that wrote rows | ").append(rowsWrittenByRefused).append(" | 0 |\n");
        text.append("| values accepted (2xx or the form went on) | ").append(accepted).append(" | |\n");
        text.append("| accepted or re-shown text checked on a page | ").append(echoChecks).append(" | |\n");
        text.append("| - shown as markup rather than text | ").append(echoFailures).append(" | 0 |\n");
        text.append("| inputs skipped when the time budget ran out | ").append(skippedForTime).append(" | 0 |\n");
        text.append("| faults in all | ").append(faultCount).append(" | 0 |\n");
        return text.toString();
    }

    /** Writes the table between the database's markers in the file (added at its end the first time). */
    void writeTo(Path file, String database) {
        String begin = "<!-- hostile-input:" + database + ":begin -->";
        String end = "<!-- hostile-input:" + database + ":end -->";
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            String block = begin + "\n" + table(database) + end;
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            String updated = from >= 0 && to > from
                    ? text.substring(0, from) + block + text.substring(to + end.length())
                    : text + "\n" + block + "\n";
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
