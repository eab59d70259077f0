package org.locus.platform.internal.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.locus.platform.api.control.ActionReason;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.OpenIncident;
import org.locus.platform.api.control.Reassignment;
import org.locus.platform.api.control.Suspension;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.engagement.EngagementResumed;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.EngagementSuspended;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.error.ValidValues;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.internal.control.EngagementActions.Action;
import org.locus.platform.internal.control.EngagementActions.Entry;
import org.locus.platform.internal.engine.EngineActor;
import org.locus.platform.internal.tasklist.TasklistProjection;
import org.locus.platform.internal.tasklist.TasklistQueries;

/**
 * {@link EngagementControl} on the engine. Each method is one JTA transaction: the engine's change,
 * the tasklist's columns and the {@code engagement_action} row commit together; a refusal (checked
 * before anything is written) rolls back quietly.
 */
@ApplicationScoped
@UnitOfWork
public class EngineEngagementControl implements EngagementControl {

    /** The message the map's "Place withdrew" event sub-process waits for. */
    static final String PLACE_WITHDREW = "placeWithdrew";
    static final String WITHDRAWAL_REASON = "withdrawalReason";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final TasklistQueries tasklist;
    private final TasklistProjection tasklistProjection;
    private final EngagementDirectory engagements;
    private final PeopleDirectory people;
    private final Caller caller;
    private final EngineActor actor;
    private final Validator validator;
    private final Clock clock;
    private final EngagementActions actions;
    private final Event<EngagementSuspended> suspended;
    private final Event<EngagementResumed> resumed;

    /** For the CDI proxy only. */
    protected EngineEngagementControl() {
        this(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    EngineEngagementControl(RuntimeService runtime, TaskService tasks, ManagementService management, RepositoryService repository,
                            HistoryService history,
                            TasklistQueries tasklist, TasklistProjection tasklistProjection, EngagementDirectory engagements,
                            PeopleDirectory people, Caller caller, Validator validator, Clock clock, EngagementActions actions,
                            Event<EngagementSuspended> suspended, Event<EngagementResumed> resumed, EngineActor actor) {
        this.actor = actor;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.history = history;
        this.tasklist = tasklist;
        this.tasklistProjection = tasklistProjection;
        this.engagements = engagements;
        this.people = people;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
        this.actions = actions;
        this.suspended = suspended;
        this.resumed = resumed;
    }

    @Override
    public void reassign(String taskId, Reassignment reassignment) {
        CurrentUser manager = requireManager("reassign tasks");
        ValidValues.require(validator, reassignment);
        WorkTask open = tasklist.task(taskId).orElseThrow(() -> closedOrMissing(taskId));
        if (open.isSuspended()) {
            throw suspendedConflict(open.businessKey(), open.suspendedReason());
        }
        Person to = people.find(reassignment.to()).orElseThrow(() ->
                new InvalidRequestException("to", "There is nobody with the user id " + reassignment.to() + " in Locus"));
        if (to.groups().stream().noneMatch(open.candidateGroups()::contains)) {
            throw new InvalidRequestException("to", to.displayName() + " is not in " + String.join(" or ",
                    open.candidateGroups().stream().sorted().toList()) + ", the groups this task is for");
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw closedOrMissing(taskId);
        }
        String before = task.getAssignee();
        if (!sameHolder(before, blankToNull(reassignment.expectedAssignee()))) {
            throw new ConflictException("This task is now held by " + (before == null ? "nobody" : before)
                    + ", not " + (reassignment.expectedAssignee() == null ? "nobody" : reassignment.expectedAssignee())
                    + ": someone changed it meanwhile. Look again before you reassign it.");
        }
        if (to.id().equals(before)) {
            throw new InvalidRequestException("to", to.displayName() + " already holds this task");
        }
        task.setAssignee(to.id());
        try {
            // The task read above carries its revision: a manager who changed it meanwhile makes this update fail.
            actor.as(manager.id(), () -> tasks.saveTask(task));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Another manager reassigned this task at the same moment. Look again before you reassign it.");
        }
        actions.record(new Entry(open.businessKey(), Action.REASSIGNED, taskId, null, before, to.id(),
                reassignment.reason(), manager.id(), clock.instant()));
    }

    @Override
    public void suspend(String engagementId, ActionReason reason) {
        CurrentUser manager = requireManager("suspend engagements");
        ValidValues.require(validator, reason);
        EngagementHeadline engagement = openEngagement(engagementId);
        Optional<Suspension> already = actions.suspension(engagementId);
        if (already.isPresent()) {
            throw new ConflictException("Engagement " + engagement.reference() + " is already suspended: "
                    + already.get().reason() + ".");
        }
        List<String> instances = activeInstancesOf(engagementId);
        if (instances.isEmpty()) {
            throw new ConflictException("Engagement " + engagement.reference() + " has no work running to suspend.");
        }
        // Camunda does not cascade a suspension to called process instances: suspend the map and every stage instance.
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).suspend();
        tasklistProjection.suspended(engagementId, reason.reason());
        Instant now = clock.instant();
        actions.record(new Entry(engagementId, Action.SUSPENDED, null, null, null, null, reason.reason(), manager.id(), now));
        suspended.fire(new EngagementSuspended(engagementId, manager.id(), reason.reason(), now));
    }

    @Override
    public void resume(String engagementId, ActionReason reason) {
        CurrentUser manager = requireManager("resume engagements");
        ValidValues.require(validator, reason);
        EngagementHeadline engagement = engagements.headline(engagementId).orElseThrow(() -> noEngagement(engagementId));
        if (actions.suspension(engagementId).isEmpty()) {
            throw new ConflictException("Engagement " + engagement.reference() + " is not suspended.");
        }
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(engagementId).suspended()
                .list().stream().map(ProcessInstance::getId).toList();
        if (!instances.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceIds(instances).activate();
        }
        tasklistProjection.suspended(engagementId, null);
        Instant now = clock.instant();
        actions.record(new Entry(engagementId, Action.RESUMED, null, null, null, null, reason.reason(), manager.id(), now));
        resumed.fire(new EngagementResumed(engagementId, manager.id(), reason.reason(), now));
    }

    @Override
    public void withdraw(String engagementId, ActionReason reason) {
        CurrentUser user = caller.current();
        EngagementHeadline engagement = engagements.headline(engagementId).orElseThrow(() -> noEngagement(engagementId));
        if (!mayWithdraw(user, engagement)) {
            throw new ForbiddenException("Only a manager or the engagement's lead may record that the place withdrew.");
        }
        ValidValues.require(validator, reason);
        requireOpen(engagement);
        Optional<Suspension> suspension = actions.suspension(engagementId);
        if (suspension.isPresent()) {
            throw suspendedConflict(engagementId, suspension.get().reason());
        }
        ProcessInstance map = runtime.createProcessInstanceQuery().processDefinitionKey(EngagementProcess.KEY)
                .processInstanceBusinessKey(engagementId).singleResult();
        if (map == null) {
            throw new ConflictException("Engagement " + engagement.reference() + " has already ended.");
        }
        try {
            // The map's interrupting event sub-process ends it as withdrawn, cancelling the stage and its tasks.
            runtime.createMessageCorrelation(PLACE_WITHDREW).processInstanceId(map.getId())
                    .setVariable(WITHDRAWAL_REASON, reason.reason()).correlateWithResult();
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone changed engagement " + engagement.reference()
                    + " at the same moment. Look again before you record the withdrawal.");
        }
        actions.record(new Entry(engagementId, Action.WITHDRAWN, null, null, engagement.stage() == null ? null : engagement.stage().name(),
                EngagementStatus.WITHDRAWN.name(), reason.reason(), user.id(), clock.instant()));
    }

    @Override
    public Optional<Suspension> suspension(String engagementId) {
        return actions.suspension(engagementId);
    }

    @Override
    public boolean mayWithdraw(String engagementId) {
        return engagements.headline(engagementId)
                .filter(engagement -> engagement.status() == EngagementStatus.OPEN)
                .map(engagement -> mayWithdraw(caller.current(), engagement))
                .orElse(false);
    }

    @Override
    public List<OpenIncident> openIncidents() {
        requireReader();
        List<Incident> incidents = runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().desc().listPage(0, 500);
        if (incidents.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
                .processInstanceIds(incidents.stream().map(Incident::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Collection<String> engagementIds = Set.copyOf(businessKeys.values());
        Map<String, EngagementHeadline> headlines = engagementIds.isEmpty() ? Map.of() : engagements.headlines(engagementIds);
        Function<Incident, String> activityName = incident -> {
            FlowElement element = repository.getBpmnModelInstance(incident.getProcessDefinitionId())
                    .getModelElementById(incident.getActivityId());
            return element == null || element.getName() == null ? incident.getActivityId() : element.getName();
        };
        return incidents.stream().map(incident -> {
            String engagementId = businessKeys.get(incident.getProcessInstanceId());
            EngagementHeadline headline = engagementId == null ? null : headlines.get(engagementId);
            return new OpenIncident(incident.getId(), engagementId, headline == null ? null : headline.reference(),
                    headline == null ? null : headline.placeName(), incident.getActivityId(), activityName.apply(incident),
                    incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant());
        }).toList();
    }

    @Override
    public void retry(String incidentId) {
        CurrentUser manager = requireManager("retry failed steps");
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("There is no open incident " + incidentId + ". It may have been retried already.");
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw new ConflictException("Incident " + incidentId + " is not a failed step that Locus can retry.");
        }
        String engagementId = runtime.createProcessInstanceQuery().processInstanceId(incident.getProcessInstanceId())
                .singleResult().getBusinessKey();
        Optional<Suspension> suspension = engagementId == null ? Optional.empty() : actions.suspension(engagementId);
        if (suspension.isPresent()) {
            throw suspendedConflict(engagementId, suspension.get().reason());
        }
        try {
            // One more try: Camunda resolves the incident and the job executor runs the job again.
            management.setJobRetries(incident.getConfiguration(), 1);
        } catch (OptimisticLockingException e) {
            throw new ConflictException("Someone retried this step at the same moment.");
        }
        actions.record(new Entry(engagementId, Action.RETRIED, null, incidentId, null, null,
                "Retried after a fix: " + incident.getIncidentMessage(), manager.id(), clock.instant()));
    }

    private CurrentUser requireManager(String what) {
        CurrentUser user = caller.current();
        if (!user.isIn(Roles.MANAGER)) {
            throw new ForbiddenException("Only managers may " + what + ".");
        }
        return user;
    }

    private void requireReader() {
        CurrentUser user = caller.current();
        if (!user.isIn(Roles.MANAGER) && !user.isIn(Roles.AUDITOR)) {
            throw new ForbiddenException("Only managers and auditors may see incidents.");
        }
    }

    private static boolean mayWithdraw(CurrentUser user, EngagementHeadline engagement) {
        return user.isIn(Roles.MANAGER) || (user.isIn(Roles.STAFF) && user.id().equals(engagement.lead()));
    }

    private EngagementHeadline openEngagement(String engagementId) {
        EngagementHeadline engagement = engagements.headline(engagementId).orElseThrow(() -> noEngagement(engagementId));
        requireOpen(engagement);
        return engagement;
    }

    private static void requireOpen(EngagementHeadline engagement) {
        if (engagement.status() != EngagementStatus.OPEN) {
            throw new ConflictException("Engagement " + engagement.reference() + " has ended ("
                    + engagement.status().label().toLowerCase() + "): nothing of it can change.");
        }
    }

    private List<String> activeInstancesOf(String engagementId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(engagementId).active()
                .list().stream().map(ProcessInstance::getId).toList();
    }

    private ConflictException suspendedConflict(String engagementId, String reason) {
        String reference = engagements.headline(engagementId).map(EngagementHeadline::reference).orElse(engagementId);
        return new ConflictException("Engagement " + reference + " is suspended: " + reason + ". A manager must resume it first.");
    }

    private static NotFoundException noEngagement(String engagementId) {
        return new NotFoundException("There is no engagement " + engagementId + ".");
    }

    private RuntimeException closedOrMissing(String taskId) {
        HistoricTaskInstance past = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return past == null ? new NotFoundException("There is no task " + taskId + ".")
                : new ConflictException("This task has ended (" + (past.getDeleteReason() == null ? "completed" : past.getDeleteReason())
                        + "): it can no longer be reassigned.");
    }

    private static boolean sameHolder(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
