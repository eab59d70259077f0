package org.locus.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Opens N engagements through the benchmark's bulk path: a few calls at once of
 * {@code POST /api/benchmark/seed} (modules/benchmark-app), each opening a batch of engagements in the
 * server through intake's own service and, once agreed, the diagnostic's, a group of them per
 * transaction, and leaving each at one of the {@link Journey}'s stops with equal odds. The rows are those the API path writes (first contact, places,
 * leaders, fit, sponsors, agreement, the diagnostic's plan, interviews, survey, findings and playbacks,
 * engine state and history, tasklist tables), without an HTTP request,
 * a password check and a transaction for every step.
 *
 * <p>Places are shared out as the API clients share them: eight lanes of 250 places each
 * ({@code Seedshire <lane>-<n>}), and a call holds a lane of its own while it runs, so two transactions
 * never create the same place or leader at once.
 */
final class BulkSeeder {

    /** As many lanes of places as the API path has clients by default. */
    static final int LANES = 8;
    static final int PLACES_PER_LANE = 250;
    private static final long FIRST_SEED = 42;

    private final Settings settings;
    private final BenchUser user;

    BulkSeeder(Settings settings, BenchUser user) {
        this.settings = settings;
        this.user = user;
    }

    Seeder.Result seed(int engagements) {
        int threads = Math.max(1, Math.min(settings.bulkThreads(), LANES));
        AtomicInteger remaining = new AtomicInteger(engagements);
        AtomicInteger done = new AtomicInteger();
        AtomicLong completions = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong nextSeed = new AtomicLong(FIRST_SEED);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLongArray leftAt = new AtomicLongArray(Journey.STOPS.size());
        long maxErrors = Math.max(5, engagements / 2_000);
        BlockingQueue<Integer> lanes = new ArrayBlockingQueue<>(LANES);
        for (int lane = 0; lane < LANES; lane++) {
            lanes.add(lane);
        }
        // Each lane's next place; read and written only by the call that holds the lane.
        int[] nextPlace = new int[LANES];
        long began = System.nanoTime();

        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(workers.submit(() -> {
                LocusClient client = new LocusClient(settings.baseUri(), user.id(), user.password());
                int count;
                while (!stop.get() && errors.get() < maxErrors && (count = take(remaining, settings.bulkBatch())) > 0) {
                    int lane = lanes.take();
                    try {
                        JsonNode answer = client.seed(request(count, nextSeed.getAndIncrement(), lane, nextPlace[lane]));
                        requests.incrementAndGet();
                        int opened = answer.path("engagements").asInt();
                        nextPlace[lane] = (nextPlace[lane] + opened) % PLACES_PER_LANE;
                        completions.addAndGet(answer.path("completions").asLong());
                        for (int i = 0; i < Journey.STOPS.size(); i++) {
                            leftAt.addAndGet(i, answer.path("leftAt").path(Journey.STOPS.get(i)).asLong());
                        }
                        done.addAndGet(opened);
                        if (answer.hasNonNull("error")) {
                            // The server rolled back one group and stopped there: what it did not open is asked for again.
                            remaining.addAndGet(count - opened);
                            if (errors.incrementAndGet() <= 5) {
                                System.out.println("  seeding error (" + (count - opened) + " engagements to retry): "
                                        + answer.path("error").asText());
                            }
                        }
                    } catch (RuntimeException e) {
                        stop.set(true);
                        throw e;
                    } finally {
                        lanes.put(lane);
                    }
                }
                return null;
            }));
        }

        workers.shutdown();
        try {
            Seeder.awaitWithProgress(workers, running,
                    () -> Seeder.progress(done.get(), engagements, requests.get(), began, errors.get()));
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A bulk seeding call failed: " + e.getCause().getMessage() + " (the server must"
                    + " run the benchmark's WAR, modules/benchmark-app; -Dbenchmark.seedVia=api seeds without it)", e.getCause());
        }
        if (errors.get() >= maxErrors) {
            throw new IllegalStateException("Seeding stopped after " + errors.get() + " failed groups; see above and "
                    + "the server's messages.log");
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] counts = new long[leftAt.length()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = leftAt.get(i);
        }
        String how = String.format(Locale.ROOT, "through the bulk path, POST /api/benchmark/seed (intake's service in the"
                        + " server as user %s, the diagnostic's as each task's lead or enabler), %d calls at once of up to %d engagements, %d engagements a transaction",
                user.id(), threads, settings.bulkBatch(), settings.bulkPerTransaction());
        return new Seeder.Result(how, done.get(), completions.get(), requests.get(), seconds, counts, errors.get());
    }

    /** Takes up to {@code batch} of the engagements still to open; 0 when none are left. */
    private static int take(AtomicInteger remaining, int batch) {
        while (true) {
            int left = remaining.get();
            int count = Math.min(left, Math.max(1, batch));
            if (count <= 0 || remaining.compareAndSet(left, left - count)) {
                return Math.max(count, 0);
            }
        }
    }

    private String request(int count, long seed, int lane, int firstPlace) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("engagements", count);
        body.put("seed", seed);
        body.put("perTransaction", settings.bulkPerTransaction());
        body.put("placePrefix", "Seedshire " + lane + "-");
        body.put("firstPlace", firstPlace);
        body.put("places", PLACES_PER_LANE);
        try {
            return LocusClient.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
