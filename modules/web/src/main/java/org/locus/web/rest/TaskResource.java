package org.locus.web.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.validation.Validator;
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
import org.locus.diagnostic.api.FindingsDone;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.SurveyDone;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.json.JsonRecords;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;
import org.locus.platform.api.workflow.TaskEndpoint;
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

    static final String SCHEMA = "application/schema+json";

    private final Workflow workflow;
    private final EngagementDirectory engagements;
    private final Caller caller;
    private final TaskEndpoints endpoints;
    private final TaskSchemas schemas;
    private final Validator validator;
    private final Clock clock;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public TaskResource() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    TaskResource(Workflow workflow, EngagementDirectory engagements, Caller caller, TaskEndpoints endpoints,
                 TaskSchemas schemas, Validator validator, Clock clock) {
        this.workflow = workflow;
        this.engagements = engagements;
        this.caller = caller;
        this.endpoints = endpoints;
        this.schemas = schemas;
        this.validator = validator;
        this.clock = clock;
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
        Map<String, EngagementHeadline> headlines = engagementIds.isEmpty() ? Map.of() : engagements.headlines(engagementIds);
        Instant now = clock.instant();
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
                    + "the task's form asks for: one of the schemas below, which one depends on the task (each schema "
                    + "names its task), and GET /api/tasks/{id}/schema gives it for a given task. "
                    + "An unclaimed task is claimed by the caller as it is completed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(description = "The task's values: the schema of its task", oneOf = {
                    FitAssessment.class, FitConfirmation.class, Scoping.class, AgreementDraft.class,
                    AgreementDecision.class, TeamAssignment.class,
                    InterviewPlan.class, InterviewsDone.class, SurveyDone.class, FindingsDone.class, PlaybackDecision.class},
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
        TaskEndpoint<?> endpoint = endpointOf(workflow.taskToWorkOn(id, caller.current()));
        JsonRecords.Read<?> read = JsonRecords.read(values, endpoint.values());
        // Every mistake at once: the types and unknown fields read, then the constraints of what could be read.
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        FieldErrors.of(validator.validate(read.value())).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        endpoint.completeWith(id, read.value());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/schema")
    @Produces({SCHEMA, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "What a task takes: the JSON schema of its values",
            description = "Roles: staff, manager, in one of the task's groups. The schema of the body that "
                    + "POST /api/tasks/{id}/complete takes for this task: each field, its type, whether it is required, "
                    + "its limits. Fields it does not list are refused.")
    @APIResponse(responseCode = "200", description = "The task's values as a JSON schema (draft 2020-12)",
            content = @Content(mediaType = SCHEMA, schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "A JSON schema: type, properties, required, additionalProperties")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "501", ref = "NotImplemented")
    public Response schema(@PathParam("id") String id) {
        TaskEndpoint<?> endpoint = endpointOf(workflow.taskToWorkOn(id, caller.current()));
        return Response.ok(schemas.of(endpoint.values()), SCHEMA).build();
    }

    private TaskEndpoint<?> endpointOf(WorkTask task) {
        return endpoints.of(task.userTask()).orElseThrow(() -> new WebApplicationException(Response.Status.NOT_IMPLEMENTED));
    }
}
