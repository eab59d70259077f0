package org.locus.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The same completion loop on the bare engine: start an engagement process, complete its six intake
 * tasks with the variables Locus would set, start the next. As in Locus, the sixth (assignTeam) ends
 * intake and the map calls the diagnostic, whose first task (planInterviews, the lead's) is left open;
 * both loops count the six intake completions only. No HTTP, no security, no domain rows, no tasklist
 * tables: what the engine alone costs on this database.
 *
 * <p>First the bare engine gets as many open engagements as Locus has, spread over intake the same
 * way, so both loops run against engine tables of the same size: some of the engine's own statements
 * read a whole table (a completion looks for sub-tasks in ACT_RU_TASK by a column without an index),
 * and an empty schema would credit the bare engine with a speed it does not have at that size.
 */
final class BareEngineLoop implements AutoCloseable {

    /** What seeding the bare engine took, and how many engagements each of its transactions opened. */
    record Seeding(long engagements, double seconds, int perTransaction) {
    }

    private final Settings settings;
    private final ProcessEngine engine;

    BareEngineLoop(Settings settings) {
        this.settings = settings;
        this.engine = BareEngine.bare(settings);
    }

    Throughput.Result run() {
        return Throughput.run("bare engine loop", settings.clients(), settings.warmup(), settings.loop(),
                index -> window -> oneEngagement(engine, window, IntakeValues.TASKS.size()));
    }

    @Override
    public void close() {
        engine.close();
    }

    /**
     * Opens as many engagements as Locus was seeded with, each left at a random one of intake's tasks. A
     * group of engagements ({@code benchmark.barePerTransaction}) shares one transaction: the same service
     * calls, each its own engine command with its own flush, so the same statements as with a transaction
     * for each call, on an engine whose transactions are managed outside it (as Locus's engine is) and
     * commit once for the group.
     */
    Seeding seed(int engagements) {
        long began = System.nanoTime();
        int perTransaction = Math.max(1, settings.barePerTransaction());
        AtomicInteger left = new AtomicInteger(engagements);
        Throughput.Window always = new Throughput.Window(Long.MIN_VALUE, Long.MAX_VALUE);
        GroupTransactions transactions = new GroupTransactions(settings);
        ProcessEngine seeding = perTransaction == 1 ? engine : BareEngine.bareInGroups(settings, transactions);
        ExecutorService threads = Executors.newFixedThreadPool(settings.clients());
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < settings.clients(); t++) {
            running.add(threads.submit(() -> {
                int count;
                while ((count = take(left, perTransaction)) > 0) {
                    int[] stops = ThreadLocalRandom.current().ints(count, 0, IntakeValues.TASKS.size()).toArray();
                    if (perTransaction == 1) {
                        oneEngagement(engine, always, stops[0]);
                        continue;
                    }
                    transactions.inOne(() -> {
                        for (int stop : stops) {
                            oneEngagement(seeding, always, stop);
                        }
                    });
                }
                return null;
            }));
        }
        threads.shutdown();
        try {
            for (Future<?> thread : running) {
                thread.get();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding the bare engine was interrupted", e);
        } catch (ExecutionException e) {
            threads.shutdownNow();
            throw new IllegalStateException("Seeding the bare engine failed", e.getCause());
        } finally {
            if (seeding != engine) {
                seeding.close();
            }
            transactions.close();
        }
        return new Seeding(engagements, (System.nanoTime() - began) / 1e9, perTransaction);
    }

    /** Takes up to {@code group} of the engagements still to open; 0 when none are left. */
    private static int take(AtomicInteger left, int group) {
        while (true) {
            int now = left.get();
            int count = Math.min(now, group);
            if (count <= 0) {
                return 0;
            }
            if (left.compareAndSet(now, now - count)) {
                return count;
            }
        }
    }

    /** Starts one engagement and completes its first {@code steps} intake tasks (all six: to its end). */
    private static void oneEngagement(ProcessEngine engine, Throughput.Window window, int steps) {
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        String engagementId = UUID.randomUUID().toString();
        runtime.startProcessInstanceByKey("engagement", engagementId, Map.of("engagementId", engagementId));
        for (String key : IntakeValues.TASKS.subList(0, steps)) {
            if (!window.open()) {
                return;
            }
            // The tasks are in the stage's own process, which the map calls with the engagement's business key:
            // found by that key, as Locus finds an engagement's open tasks.
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(engagementId).singleResult();
            if (task == null || !key.equals(task.getTaskDefinitionKey())) {
                throw new IllegalStateException("Expected " + key + " in engagement " + engagementId + ", found "
                        + (task == null ? "no task" : task.getTaskDefinitionKey()));
            }
            Map<String, Object> variables = variablesFor(key);
            long began = System.nanoTime();
            tasks.complete(task.getId(), variables);
            window.completed(began, System.nanoTime());
        }
    }

    /** The process variables Locus's intake service sets when each task is completed. */
    private static Map<String, Object> variablesFor(String key) {
        return switch (key) {
            case "assessFit" -> Map.of("topTeamInvolved", true, "placeBased", true,
                    "capacityAvailable", true, "fundingAvailable", true);
            case "confirmFit" -> Map.of("fitDecision", "accept");
            case "approveAgreement" -> Map.of("agreementApproved", true);
            default -> Map.of();
        };
    }
}
