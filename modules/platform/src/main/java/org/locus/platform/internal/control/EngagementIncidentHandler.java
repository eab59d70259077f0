package org.locus.platform.internal.control;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.locus.platform.api.engagement.IncidentRaised;
import org.locus.platform.api.engagement.IncidentResolved;

/**
 * Camunda's own handler for failed jobs, which also announces each incident with its engagement
 * (the process's business key), inside the engine's command and so in its transaction: read models
 * (the overview's incident flag) move with the engine or not at all.
 */
public class EngagementIncidentHandler implements IncidentHandler {

    private static final Logger LOG = Logger.getLogger(EngagementIncidentHandler.class.getName());

    private final DefaultIncidentHandler camunda = new DefaultIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE);
    private final Consumer<IncidentRaised> raised;
    private final Consumer<IncidentResolved> resolved;

    public EngagementIncidentHandler(Consumer<IncidentRaised> raised, Consumer<IncidentResolved> resolved) {
        this.raised = raised;
        this.resolved = resolved;
    }

    @Override
    public String getIncidentHandlerType() {
        return camunda.getIncidentHandlerType();
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
        Incident incident = camunda.handleIncident(context, message);
        String engagementId = businessKeyOf(incident.getProcessInstanceId());
        // A warning, not an error: the failure itself was logged by the engine; this says where the work now waits.
        LOG.warning(() -> "Incident " + incident.getId() + " of engagement " + engagementId + " at " + incident.getActivityId()
                + ": the step failed for good and waits for a manager to retry it");
        raised.accept(new IncidentRaised(engagementId, incident.getId(),
                incident.getActivityId(), message, incident.getIncidentTimestamp().toInstant()));
        return incident;
    }

    @Override
    public void resolveIncident(IncidentContext context) {
        List<Incident> open = openOf(context);
        camunda.resolveIncident(context);
        announceEnded(open);
    }

    @Override
    public void deleteIncident(IncidentContext context) {
        List<Incident> open = openOf(context);
        camunda.deleteIncident(context);
        announceEnded(open);
    }

    private static List<Incident> openOf(IncidentContext context) {
        return Context.getCommandContext().getIncidentManager()
                .findIncidentByConfigurationAndIncidentType(context.getConfiguration(), Incident.FAILED_JOB_HANDLER_TYPE);
    }

    private void announceEnded(List<Incident> incidents) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (Incident incident : incidents) {
            resolved.accept(new IncidentResolved(businessKeyOf(incident.getProcessInstanceId()), incident.getId(), now));
        }
    }

    private static String businessKeyOf(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        ExecutionEntity instance = Context.getCommandContext().getExecutionManager().findExecutionById(processInstanceId);
        return instance == null ? null : instance.getBusinessKey();
    }
}
