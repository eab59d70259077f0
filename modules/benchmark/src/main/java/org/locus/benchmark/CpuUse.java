package org.locus.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent during one phase of the run, split into the run's own (this JVM, the server's JVM,
 * PostgreSQL's sessions on the benchmark database) and everybody else's. On a machine shared with
 * other work, a phase in which others took a good share of the CPUs has figures to distrust, and the
 * report says so rather than leaving it to guesswork. Reads Linux's /proc; elsewhere it reports nothing.
 */
final class CpuUse {

    /** Linux's USER_HZ: the unit of utime and stime in /proc/[pid]/stat on every common platform. */
    private static final double TICKS_PER_SECOND = 100;

    /**
     * CPU seconds per wall second: the run's own (split into this JVM, the server's JVM and PostgreSQL's
     * sessions on the benchmark database) and everyone else's.
     */
    record Share(double benchmark, double server, double database, double others) {

        double ours() {
            return benchmark + server + database;
        }
    }

    private final String database;
    private final Map<Long, Long> ticksAtStart;
    private final long busyAtStart;
    private final long startNanos;

    private CpuUse(String database) {
        this.database = database;
        this.ticksAtStart = ticksByProcess();
        this.busyAtStart = busyTicks();
        this.startNanos = System.nanoTime();
    }

    static CpuUse begin(String database) {
        return new CpuUse(database);
    }

    /**
     * @param serverPid the Locus server's JVM, or -1 if none ran through the phase
     */
    Share end(long serverPid) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long busy = busyTicks() - busyAtStart;
        long self = ProcessHandle.current().pid();
        double benchmarkTicks = 0;
        double serverTicks = 0;
        double databaseTicks = 0;
        for (Map.Entry<Long, Long> process : ticksByProcess().entrySet()) {
            long used = process.getValue() - ticksAtStart.getOrDefault(process.getKey(), 0L);
            if (used <= 0) {
                continue;
            }
            if (process.getKey() == self) {
                benchmarkTicks += used;
            } else if (process.getKey() == serverPid) {
                serverTicks += used;
            } else if (isOurDatabaseSession(process.getKey())) {
                databaseTicks += used;
            }
        }
        double oursTicks = benchmarkTicks + serverTicks + databaseTicks;
        // Everyone else's is what the whole machine was busy with, less the run's own: this counts the
        // processes that came and went during the phase too (builds, tests), and PostgreSQL's shared
        // background work (WAL writer, checkpointer), part of which is the run's.
        double othersTicks = Math.max(0, busy - oursTicks);
        double perSecond = TICKS_PER_SECOND * seconds;
        return new Share(benchmarkTicks / perSecond, serverTicks / perSecond, databaseTicks / perSecond,
                othersTicks / perSecond);
    }

    /** PostgreSQL titles each session's process "postgres: user database host(port) state". */
    private boolean isOurDatabaseSession(long pid) {
        try {
            String title = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return title.startsWith("postgres: ") && title.contains(" " + database + " ");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until the rest of the machine is nearly idle (other processes busy with less than
     * {@code threshold} CPUs over a few seconds), so a timed phase does not share the CPUs with someone
     * else's build. Gives up after {@code limit}; returns whether the machine was quiet.
     */
    static boolean awaitQuiet(String database, long serverPid, double threshold, java.time.Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean told = false;
        while (true) {
            CpuUse sample = begin(database);
            LocusServer.sleep(5_000);
            double others = sample.end(serverPid).others();
            if (others < threshold) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf(java.util.Locale.ROOT, "  the machine is still busy with other work (%.2f CPUs);"
                        + " measuring anyway%n", others);
                return false;
            }
            if (!told) {
                System.out.printf(java.util.Locale.ROOT, "  other processes are using %.2f CPUs; waiting up to %d s"
                        + " for them to finish%n", others, limit.toSeconds());
                told = true;
            }
        }
    }

    /** Ticks the whole machine spent busy so far, from the first line of /proc/stat. */
    private static long busyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: all but idle and iowait
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += i < cpu.length ? Long.parseLong(cpu[i]) : 0;
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Map<Long, Long> ticksByProcess() {
        Map<Long, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    // Fields after the command name, which is in parentheses and may hold spaces.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(Long.parseLong(process.getFileName().toString()),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            // no /proc: no accounting
        }
        return ticks;
    }
}
