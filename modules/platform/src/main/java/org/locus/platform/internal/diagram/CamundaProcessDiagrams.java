package org.locus.platform.internal.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.locus.platform.api.diagram.ActivityHeat;
import org.locus.platform.api.diagram.DiagramActivity;
import org.locus.platform.api.diagram.EngagementProgress;
import org.locus.platform.api.diagram.ProcessDiagram;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.diagram.ProcessHeat;
import org.locus.platform.api.diagram.ProcessInstanceProgress;
import org.locus.platform.api.diagram.TaskEvent;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.transaction.UnitOfWork;

/** {@link ProcessDiagrams} on the engine's repository and history, and the tasklist's table. */
@ApplicationScoped
@UnitOfWork
public class CamundaProcessDiagrams implements ProcessDiagrams {

    // Every process instance of the engagement (the map and each stage carry its id as business key), one query.
    private static final String ACTIVITIES_OF_ENGAGEMENT = "select A.* from ACT_HI_ACTINST A"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = A.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = #{engagementId}"
            + " order by A.START_TIME_, A.SEQUENCE_COUNTER_";

    private final RepositoryService repository;
    private final HistoryService history;
    private final HeatQueries heatQueries;

    /** For the CDI proxy only. */
    protected CamundaProcessDiagrams() {
        this(null, null, null);
    }

    @Inject
    CamundaProcessDiagrams(RepositoryService repository, HistoryService history, HeatQueries heatQueries) {
        this.repository = repository;
        this.history = history;
        this.heatQueries = heatQueries;
    }

    @Override
    public List<ProcessDiagram> latest() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(CamundaProcessDiagrams::diagram)
                .sorted(Comparator.comparing((ProcessDiagram diagram) -> !EngagementProcess.KEY.equals(diagram.key()))
                        .thenComparing(diagram -> diagram.name() == null ? diagram.key() : diagram.name()))
                .toList();
    }

    @Override
    public Optional<ProcessDiagram> latest(String processKey) {
        if (processKey == null || processKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult()).map(CamundaProcessDiagrams::diagram);
    }

    @Override
    public Optional<String> xml(String definitionId) {
        Optional<ProcessDefinition> definition = definition(definitionId);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            return Optional.of(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<DiagramActivity> activities(String definitionId) {
        if (definition(definitionId).isEmpty()) {
            return List.of();
        }
        // The engine caches the parsed model, so this reads no table after the first time.
        return repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
                .map(node -> new DiagramActivity(node.getId(), node.getName(), node.getElementType().getTypeName(),
                        node instanceof CallActivity call ? call.getCalledElement() : null))
                .toList();
    }

    @Override
    public Optional<EngagementProgress> progress(String engagementId) {
        List<HistoricActivityInstance> activities = history.createNativeHistoricActivityInstanceQuery()
                .sql(ACTIVITIES_OF_ENGAGEMENT).parameter("engagementId", engagementId).list();
        if (activities.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<HistoricActivityInstance>> byInstance = new LinkedHashMap<>();
        Map<String, String> calledBy = new LinkedHashMap<>();
        for (HistoricActivityInstance activity : activities) {
            byInstance.computeIfAbsent(activity.getProcessInstanceId(), id -> new ArrayList<>()).add(activity);
            if (activity.getCalledProcessInstanceId() != null) {
                calledBy.put(activity.getCalledProcessInstanceId(), activity.getActivityId());
            }
        }
        ProcessInstanceProgress map = null;
        List<ProcessInstanceProgress> stages = new ArrayList<>();
        for (Map.Entry<String, List<HistoricActivityInstance>> instance : byInstance.entrySet()) {
            ProcessInstanceProgress progress = progressOf(instance.getKey(), calledBy.get(instance.getKey()), instance.getValue());
            if (progress.calledBy() == null && map == null) {
                map = progress;
            } else {
                stages.add(progress);
            }
        }
        return map == null ? Optional.empty() : Optional.of(new EngagementProgress(engagementId, map, stages));
    }

    private static ProcessInstanceProgress progressOf(String instanceId, String calledBy, List<HistoricActivityInstance> activities) {
        Set<String> active = new LinkedHashSet<>();
        Set<String> completed = new LinkedHashSet<>();
        boolean ended = false;
        for (HistoricActivityInstance activity : activities) {
            if (activity.getEndTime() == null) {
                active.add(activity.getActivityId());
            } else if (!activity.isCanceled()) {
                completed.add(activity.getActivityId());
                ended |= activity.getActivityType().endsWith("EndEvent");
            }
        }
        HistoricActivityInstance first = activities.get(0);
        return new ProcessInstanceProgress(instanceId, keyOf(first.getProcessDefinitionId()), first.getProcessDefinitionId(),
                calledBy, List.copyOf(active), List.copyOf(completed), ended && active.isEmpty());
    }

    @Override
    public List<TaskEvent> timeline(String engagementId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(engagementId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(CamundaProcessDiagrams::event)
                .toList();
    }

    private static TaskEvent event(HistoricTaskInstance task) {
        TaskEvent.Outcome outcome = task.getEndTime() == null ? TaskEvent.Outcome.OPEN
                : "completed".equals(task.getDeleteReason()) ? TaskEvent.Outcome.COMPLETED : TaskEvent.Outcome.CANCELLED;
        return new TaskEvent(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessDefinitionKey(),
                task.getAssignee(), instant(task.getStartTime()), instant(task.getEndTime()), outcome);
    }

    @Override
    public ProcessHeat heat(String processKey, Instant from, Instant to) {
        ProcessDiagram diagram = latest(processKey)
                .orElseThrow(() -> new NotFoundException("There is no process " + processKey + "."));
        Map<String, HeatQueries.Times> times = heatQueries.times(processKey, from, to);
        List<DiagramActivity> activities = activities(diagram.definitionId());
        boolean calls = activities.stream().anyMatch(activity -> activity.calledProcess() != null);
        Map<String, Long> openByTask = heatQueries.openTasksByTask(processKey);
        Map<String, Long> openByProcess = calls ? heatQueries.openTasksByProcess() : Map.of();
        List<ActivityHeat> heat = new ArrayList<>();
        for (DiagramActivity activity : activities) {
            long open = activity.calledProcess() != null
                    ? openByProcess.getOrDefault(activity.calledProcess(), 0L)
                    : openByTask.getOrDefault(activity.id(), 0L);
            HeatQueries.Times spent = times.get(activity.id());
            if (open > 0 || spent != null) {
                heat.add(spent == null
                        ? new ActivityHeat(activity.id(), activity.label(), open, 0, null, null)
                        : new ActivityHeat(activity.id(), activity.label(), open, spent.finished(), spent.mean(), spent.p90()));
            }
        }
        return new ProcessHeat(diagram, from, to, heat);
    }

    private Optional<ProcessDefinition> definition(String definitionId) {
        if (definitionId == null || definitionId.isBlank()) {
            return Optional.empty();
        }
        // A query, not getProcessDefinition: an engine exception would mark the caller's transaction rollback-only.
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    }

    private static ProcessDiagram diagram(ProcessDefinition definition) {
        return new ProcessDiagram(definition.getKey(), definition.getName(), definition.getId());
    }

    // A definition id is "key:version:uuid"; the native query's rows may lack the key, the id always has it.
    private static String keyOf(String definitionId) {
        int colon = definitionId.indexOf(':');
        return colon < 0 ? definitionId : definitionId.substring(0, colon);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
