package org.locus.web.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.intake.api.EngagementResults;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.workflow.Workflow;

/** Engagements over HTTP, read-only: what the engagement page shows. */
@Path("engagements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements", description = "Engagements with places, read-only.")
// Every operation here needs credentials and one of the roles it names, so every one can answer 401 and 403.
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EngagementResource {

    private final IntakeService intake;
    private final EngagementDirectory engagements;
    private final Workflow workflow;
    private final Clock clock;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public EngagementResource() {
        this(null, null, null, null);
    }

    @Inject
    EngagementResource(IntakeService intake, EngagementDirectory engagements, Workflow workflow, Clock clock) {
        this.intake = intake;
        this.engagements = engagements;
        this.workflow = workflow;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Find engagements, open or ended",
            description = "Roles: staff, manager, auditor. Every engagement whose place's name contains q, or whose "
                    + "reference starts with it (any case), with the given status if one is given; newest first, "
                    + "a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of the engagements found, and how many there are in all",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementResults.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public EngagementResults find(
            @QueryParam("q") @Parameter(description = "Part of a place's name, or the start of a reference", example = "Northshire") String q,
            @QueryParam("status") @Parameter(description = "OPEN, REFERRED_ELSEWHERE, AGREED or WITHDRAWN; every status when absent") String status,
            @QueryParam("first") @Parameter(description = "How many to skip (default 0)") String first,
            @QueryParam("size") @Parameter(description = "How many to answer, 1 to 100 (default 20)") String size) {
        return intake.find(EngagementSearchQuery.parse(q, status, first, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "An engagement's summary",
            description = "Roles: staff, manager, auditor. Everything intake knows about the engagement: first contact, "
                    + "fit with the remit, sponsors, agreement and team. Parts not reached yet are null.")
    @APIResponse(responseCode = "200", description = "The engagement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public EngagementSummary get(@PathParam("id") String id) {
        return intake.summary(id).orElseThrow(() -> new NotFoundException("There is no engagement " + id + "."));
    }

    @GET
    @Path("{id}/tasks")
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "An engagement's open tasks",
            description = "Roles: staff, manager, auditor. The user tasks waiting in the engagement's process, oldest first, "
                    + "with the form that completes each and who holds it.")
    @APIResponse(responseCode = "200", description = "The open tasks (empty when none is waiting)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskJson.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<TaskJson> openTasks(@PathParam("id") String id) {
        EngagementHeadline headline = engagements.headline(id)
                .orElseThrow(() -> new NotFoundException("There is no engagement " + id + "."));
        Instant now = clock.instant();
        return workflow.openTasksOf(id).stream().map(task -> TaskJson.of(task, headline, now)).toList();
    }
}
