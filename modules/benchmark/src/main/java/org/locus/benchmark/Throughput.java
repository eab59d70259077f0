package org.locus.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Runs a few clients, each driving one engagement after another through intake, and counts the task
 * completions that end inside a fixed window after a warm-up. The HTTP loop and the bare engine's
 * loop both run here, so they are measured the same way.
 */
final class Throughput {

    /** What a loop achieved in its window. */
    record Result(String what, int clients, long completions, double seconds, Latencies latencies,
                  long engagements, long errors, long allCompletions) {

        double perSecond() {
            return completions / seconds;
        }
    }

    /** One client: drives one whole engagement per call, timing each completion. */
    interface Client extends AutoCloseable {

        void oneEngagement(Window window);

        @Override
        default void close() {
        }
    }

    /** The measuring window, shared by all clients of a loop. */
    static final class Window {

        private final long opens;
        private final long closes;
        private final Latencies latencies = new Latencies();
        private final AtomicLong completions = new AtomicLong();
        private final AtomicLong allCompletions = new AtomicLong();

        Window(long opens, long closes) {
            this.opens = opens;
            this.closes = closes;
        }

        /** Whether a client should start another step: false once the window has closed. */
        boolean open() {
            return System.nanoTime() < closes;
        }

        /** One task completion that took from {@code began} to {@code ended} (System.nanoTime()). */
        void completed(long began, long ended) {
            allCompletions.incrementAndGet();
            if (ended >= opens && ended < closes) {
                latencies.record(ended - began);
                completions.incrementAndGet();
            }
        }

        boolean counts(long ended) {
            return ended >= opens && ended < closes;
        }
    }

    private Throughput() {
    }

    static Result run(String what, int clients, Duration warmup, Duration measure, IntFunction<Client> newClient) {
        long start = System.nanoTime();
        Window window = new Window(start + warmup.toNanos(), start + warmup.toNanos() + measure.toNanos());
        AtomicLong engagements = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            running.add(threads.submit(() -> {
                try (Client client = newClient.apply(index)) {
                    while (window.open()) {
                        try {
                            client.oneEngagement(window);
                            if (window.counts(System.nanoTime())) {
                                engagements.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            if (errors.incrementAndGet() <= 5) {
                                System.out.println("  " + what + " error: " + e.getMessage());
                            }
                            if (errors.get() > 50) {
                                throw new IllegalStateException(what + ": too many errors, last: " + e.getMessage(), e);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        threads.shutdown();
        try {
            for (Future<?> client : running) {
                client.get();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            threads.shutdownNow();
            throw new IllegalStateException(what + " failed", e.getCause());
        }
        return new Result(what, clients, window.completions.get(), measure.toNanos() / 1e9, window.latencies,
                engagements.get(), errors.get(), window.allCompletions.get());
    }
}
