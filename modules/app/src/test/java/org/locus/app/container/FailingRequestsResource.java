package org.locus.app.container;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.camunda.bpm.engine.HistoryService;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.Workflow;

/**
 * Requests that do real work through the modules' APIs and then fail half-way, as a request does
 * when something breaks. Deployed only with the container tests, never in the WAR.
 */
@Path("test-failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailingRequestsResource {

    @Inject
    IntakeService intake;

    @Inject
    Workflow workflow;

    @Inject
    Caller caller;

    @Inject
    HistoryService history;

    /** Writes a first contact's rows and starts its process, then fails. */
    @POST
    @Path("first-contact/{place}")
    @RolesAllowed("staff")
    @Transactional
    public void logFirstContactThenFail(@PathParam("place") String place) {
        intake.logFirstContact(firstContactFor(place));
        throw new SimulatedFailure();
    }

    /** Completes a task and writes another engagement's rows, then fails. */
    @POST
    @Path("complete/{taskId}/then-first-contact/{place}")
    @RolesAllowed("staff")
    @Transactional
    public void completeTaskThenFail(@PathParam("taskId") String taskId, @PathParam("place") String place) {
        workflow.complete(taskId, caller.current(), Map.of(
                "topTeamInvolved", true, "placeBased", true, "capacityAvailable", true, "fundingAvailable", true));
        intake.logFirstContact(firstContactFor(place));
        throw new SimulatedFailure();
    }

    /** What the engine holds: process instances of a business key (running or ended) and finished tasks. */
    @GET
    @Path("engine-state")
    @RolesAllowed("staff")
    public JsonObject engineState(@QueryParam("businessKey") String businessKey, @QueryParam("taskId") String taskId) {
        return Json.createObjectBuilder()
                .add("engagementInstances", history.createHistoricProcessInstanceQuery().processDefinitionKey("engagement").count())
                .add("finishedTask", taskId != null && history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0)
                // The map and its stages' processes share the business key.
                .add("variablesOfTask", businessKey == null ? 0 : history.createHistoricVariableInstanceQuery()
                        .variableName("topTeamInvolved").processInstanceIdIn(history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey(businessKey).list().stream()
                                .map(instance -> instance.getId()).toArray(String[]::new)).count())
                .build();
    }

    static FirstContact firstContactFor(String place) {
        return new FirstContact(place, java.util.List.of(place + " Council", place + " NHS Trust"), "Jo Leader",
                LeaderRole.POLITICAL, "Leader of the council", place + " Council",
                "The top team wants to work better with partners.", "A peer at the LGA conference");
    }

    /** Thrown on purpose after the work is done, so the transaction must roll back. */
    public static class SimulatedFailure extends RuntimeException {

        SimulatedFailure() {
            super("Simulated failure after the work was done");
        }
    }
}
