package org.locus.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.intake.api.EngagementHeadline;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;
import org.locus.platform.api.workflow.TaskHandler;
import org.locus.platform.api.workflow.TaskCursor;
import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;
import org.locus.web.tasklist.TaskRows;
import org.locus.web.tasklist.TaskScopes;

/**
 * The tasklist over HTTP: the same lists, claims and completions as the tasklist page and the task
 * forms, for staff and managers. Completing a task goes to the module that owns it (its
 * {@link TaskHandler}), which checks the values as its form does.
 */
@Path("tasks")
@ApplicationScoped
// One transaction a request: a completion's look-up and completion are one (the task read is the one
// completed, one commit rather than two), and a refusal rolls back without an incident.
@UnitOfWork
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "The tasklist: my tasks and my groups' tasks; claim, unclaim, complete.")
// Every operation here needs credentials and one of the roles it names, so every one can answer 401 and 403.
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TaskResource {

    private final Workflow workflow;
    private final IntakeService intake;
    private final Caller caller;
    private final Instance<TaskHandler> handlers;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public TaskResource() {
        this(null, null, null, null);
    }

    @Inject
    TaskResource(Workflow workflow, IntakeService intake, Caller caller, Instance<TaskHandler> handlers) {
        this.workflow = workflow;
        this.intake = intake;
        this.caller = caller;
        this.handlers = handlers;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "A page of a tasklist",
            description = "Roles: staff, manager. The tasks the caller has claimed (scope=mine), or the unclaimed tasks "
                    + "offered to their groups (scope=groups), earliest due first, each with its engagement's headline. "
                    + "The total is exact up to the next thousand past the page; a longer list has totalExact false "
                    + "and more tasks than total.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskListJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public TaskListJson list(
            @Parameter(description = "mine (the default) or groups", schema = @Schema(type = SchemaType.STRING, enumeration = {"mine", "groups"}))
            @QueryParam("scope") String scope,
            @Parameter(description = "Index of the first task, from 0 (the default)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("first") String first,
            @Parameter(description = "Tasks on a page, 1 to 100 (20 unless given)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size,
            @Parameter(description = "Start after this cursor (the `next` of the previous page) instead of at `first`: "
                    + "keyset paging, as fast deep in the list as at its start", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("after") String after) {
        TaskListQuery query = TaskListQuery.parse(scope, first, size, after);
        TaskPage page = query.after().isPresent()
                ? workflow.tasksAfter(caller.current(), query.scope(), query.after().get(), query.size())
                : workflow.tasks(caller.current(), query.scope(), query.first(), query.size());
        List<String> engagementIds = TaskRows.engagementIds(page.tasks());
        Map<String, EngagementHeadline> headlines = engagementIds.isEmpty() ? Map.of() : intake.headlines(engagementIds);
        Instant now = Instant.now();
        List<TaskJson> tasks = page.tasks().stream()
                .map(task -> TaskJson.of(task, headlines.get(task.businessKey()), now))
                .toList();
        return new TaskListJson(TaskScopes.parameterOf(query.scope()), query.first(), query.size(), page.total(), page.totalExact(), tasks,
                page.next().map(TaskCursor::encode).orElse(null));
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "Claim a task",
            description = "Roles: staff, manager, in one of the task's groups. The task moves to the caller's own list. "
                    + "Claiming a task the caller holds already changes nothing.")
    @APIResponse(responseCode = "204", description = "Claimed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response claim(@PathParam("id") String id) {
        workflow.claim(id, caller.current());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/unclaim")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "Unclaim a task",
            description = "Roles: staff, manager. Puts a task the caller holds back in its groups' list.")
    @APIResponse(responseCode = "204", description = "Unclaimed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response unclaim(@PathParam("id") String id) {
        workflow.unclaim(id, caller.current());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "Complete a task with its form's values",
            description = "Roles: staff, manager, in one of the task's groups. The body is a JSON object of the values "
                    + "the task's form asks for, named as in the module's API (for assessFit: topTeamInvolved, placeBased, "
                    + "capacityAvailable, fundingAvailable, notes). An unclaimed task is claimed by the caller as it is completed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "The form's values, named as in the task's module API: which ones depends on the task's key. "
                            + "A later version of the API publishes a schema per task.",
                    example = "{\"topTeamInvolved\": true, \"placeBased\": true, \"capacityAvailable\": true, \"fundingAvailable\": true}")))
    @APIResponse(responseCode = "204", description = "Completed: the process has moved on")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "408", ref = "RequestTimeout")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "501", ref = "NotImplemented")
    public Response complete(@PathParam("id") String id, JsonStructure body) {
        // Read as any JSON structure, so that an array is refused with a 400 rather than failing the call.
        if (!(body instanceof JsonObject values)) {
            throw new InvalidRequestException("request", "Send the form’s values as a JSON object");
        }
        CurrentUser user = caller.current();
        WorkTask task = workflow.taskToWorkOn(id, user);
        TaskHandler handler = TaskHandlers.forTask(handlers, task.key())
                .orElseThrow(() -> new WebApplicationException(Response.Status.NOT_IMPLEMENTED));
        handler.complete(task, values);
        return Response.noContent().build();
    }
}
