package org.locus.benchmark;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The "before" figure: the first page of a group's tasklist read the way Locus read it before it had
 * tasklist tables (the engine's candidate-group query, its count, and per row the identity links and
 * the business key), run in-process against the seeded database. No HTTP and no authentication are
 * in this figure, so it is a lower bound of what that read path cost over the API.
 */
final class EngineTasklistQuery implements AutoCloseable {

    /** One group's first page, timed. */
    record Result(String group, Latencies latencies, long total) {
    }

    private final Settings settings;
    private final ProcessEngine engine;

    EngineTasklistQuery(Settings settings) {
        this.settings = settings;
        this.engine = BareEngine.readerOfLocus(settings);
    }

    List<Result> run(List<String> groups) {
        return groups.stream().map(this::time).toList();
    }

    @Override
    public void close() {
        engine.close();
    }

    private Result time(String group) {
        int warmup = Math.max(50, settings.probeRequests() / 4);
        long total = 0;
        for (int i = 0; i < warmup; i++) {
            total = firstPage(engine, group);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < settings.probeRequests(); i++) {
            long began = System.nanoTime();
            total = firstPage(engine, group);
            latencies.record(System.nanoTime() - began);
        }
        return new Result(group, latencies, total);
    }

    /** What CamundaWorkflow.tasks and toWorkTask did for scope=groups before commit 8aedee6. */
    private static long firstPage(ProcessEngine engine, String group) {
        TaskService tasks = engine.getTaskService();
        RuntimeService runtime = engine.getRuntimeService();
        TaskQuery query = tasks.createTaskQuery().active().taskCandidateGroupIn(List.of(group)).taskUnassigned();
        long total = query.count();
        List<Task> page = query.initializeFormKeys()
                .orderByDueDate().asc()
                .orderByTaskCreateTime().asc()
                .listPage(0, 20);
        for (Task task : page) {
            Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .collect(Collectors.toSet());
            String businessKey = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
            if (groups.isEmpty() || businessKey == null) {
                throw new IllegalStateException("Task " + task.getId() + " has no group or no business key");
            }
        }
        return total;
    }
}
