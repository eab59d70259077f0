package org.locus.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Opens N engagements through the API, with several clients at once, and moves each to a random
 * point of its journey: left at any of intake's six tasks or the diagnostic's five stops ({@link Journey})
 * with equal odds, as the bulk path does. The client's staff member (Sam or Priya) leads the diagnostic,
 * with the other and Jordan as enablers, each completing their own tasks. Every row is the
 * application's own (first contact, fit, sponsors, agreement, the diagnostic's, engine state, history,
 * tasklist tables); nothing is inserted by hand.
 */
final class Seeder {

    /**
     * What seeding did and how fast.
     *
     * @param how      which path seeded, and with how many clients, for the report
     * @param requests HTTP requests sent to seed
     */
    record Result(String how, int engagements, long completions, long requests, double seconds, long[] leftAt, long errors) {

        double engagementsPerSecond() {
            return engagements / seconds;
        }

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    static final long PROGRESS_EVERY_SECONDS = 15;

    private static final int SURVEY_STOP = Journey.STOPS.indexOf("recordSurvey");

    private final Settings settings;
    private final Database database;
    private final TaskFinder.Mode lookup;

    Seeder(Settings settings, Database database, TaskFinder.Mode lookup) {
        this.settings = settings;
        this.database = database;
        this.lookup = lookup;
    }

    Result seed(int engagements) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong completions = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLongArray leftAt = new AtomicLongArray(Journey.STOPS.size());
        long maxErrors = Math.max(20, engagements / 200);
        long began = System.nanoTime();

        ExecutorService workers = Executors.newFixedThreadPool(settings.seedThreads());
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < settings.seedThreads(); t++) {
            int thread = t;
            running.add(workers.submit(() -> {
                String lead = IntakeValues.STAFF.get(thread % 2);
                List<String> enablers = List.of(IntakeValues.STAFF.get(1 - thread % 2), IntakeValues.ENABLER);
                LocusClient staff = new LocusClient(settings.baseUri(), lead);
                LocusClient manager = new LocusClient(settings.baseUri(), IntakeValues.MANAGER);
                Map<String, LocusClient> team = Map.of(lead, staff,
                        enablers.get(0), new LocusClient(settings.baseUri(), enablers.get(0)),
                        enablers.get(1), new LocusClient(settings.baseUri(), enablers.get(1)));
                try (TaskFinder finder = lookup.finder(staff, database)) {
                    DiagnosticClients diagnostic = new DiagnosticClients(team, finder);
                    int i;
                    while ((i = next.getAndIncrement()) < engagements && errors.get() < maxErrors) {
                        // A client's own places, a few hundred of them, each with many engagements over time.
                        String place = "Seedshire " + thread + "-" + (i / settings.seedThreads()) % 250;
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        int stopAt = random.nextInt(Journey.STOPS.size());
                        try {
                            String engagementId = staff.logFirstContact(IntakeValues.firstContact(place));
                            requests.incrementAndGet();
                            for (int step = 0; step < Math.min(stopAt, IntakeValues.TASKS.size()); step++) {
                                String key = IntakeValues.TASKS.get(step);
                                TaskFinder.OpenTask task = finder.theOpenTask(engagementId, key);
                                if (lookup == TaskFinder.Mode.API) {
                                    requests.incrementAndGet();
                                }
                                String values = key.equals("assignTeam") ? IntakeValues.team(lead, enablers)
                                        : IntakeValues.valuesFor(key, place);
                                (IntakeValues.isManagers(key) ? manager : staff).complete(task.id(), values);
                                requests.incrementAndGet();
                                completions.incrementAndGet();
                            }
                            if (stopAt >= IntakeValues.TASKS.size()) {
                                DiagnosticClients.Plan plan = new DiagnosticClients.Plan(lead, enablers,
                                        stopAt == SURVEY_STOP || random.nextBoolean(), random.nextBoolean());
                                int completed = diagnostic.advance(engagementId, place, plan, stopAt - IntakeValues.TASKS.size());
                                completions.addAndGet(completed);
                                requests.addAndGet(lookup == TaskFinder.Mode.API ? 2L * completed : completed);
                            }
                            leftAt.incrementAndGet(stopAt);
                            done.incrementAndGet();
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 5) {
                                System.out.println("  seeding error: " + e.getMessage());
                            }
                        }
                    }
                }
            }));
        }

        workers.shutdown();
        try {
            awaitWithProgress(workers, running, () -> progress(done.get(), engagements, requests.get(), began, errors.get()));
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A seeding client failed", e.getCause());
        }
        if (errors.get() >= maxErrors) {
            throw new IllegalStateException("Seeding stopped after " + errors.get() + " failed engagements; see above");
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] counts = new long[leftAt.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = leftAt.get(i);
        }
        return new Result(String.format(Locale.ROOT, "through the API by %d clients (POST /api/enquiries, then"
                + " POST /api/tasks/{id}/complete for each task, as sam, priya and morgan for intake and as the lead"
                + " or enabler for the diagnostic)", settings.seedThreads()),
                done.get(), completions.get(), requests.get(), seconds, counts, errors.get());
    }

    /** Waits for every worker, printing progress every {@value #PROGRESS_EVERY_SECONDS} s; a worker's failure is rethrown. */
    static void awaitWithProgress(ExecutorService workers, List<Future<?>> running, Runnable progress)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        while (!workers.awaitTermination(PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS)) {
            progress.run();
        }
        for (Future<?> worker : running) {
            worker.get();
        }
    }

    static void progress(int done, int total, long requests, long began, long errors) {
        double seconds = (System.nanoTime() - began) / 1e9;
        double rate = done / seconds;
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        System.out.printf(Locale.ROOT, "  seeded %,d / %,d engagements in %.0f s: %.1f engagements/s, %.1f requests/s,"
                + " about %s to go%s%n", done, total, seconds, rate, requests / seconds, Report.duration(left),
                errors > 0 ? " (" + errors + " failed)" : "");
    }
}
