package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.control.ActionReason;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;

/**
 * A manager suspends an engagement. Its own path (one class an action), so that {@code EngagementResource}'s
 * {@code engagements/{id}} paths are still matched to it: Jakarta REST picks the root resource first.
 * The platform's {@link EngagementControl} checks the roles again and records the action with its reason.
 */
@Path("engagements/{id}/suspend")
@ApplicationScoped
@UnitOfWork
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control", description = "Managers unstick work: reassign a task, suspend, resume or withdraw an engagement, retry a failed step.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EngagementSuspendResource {

    private final EngagementControl control;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public EngagementSuspendResource() {
        this(null);
    }

    @Inject
    EngagementSuspendResource(EngagementControl control) {
        this.control = control;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Suspend an engagement",
            description = "Roles: manager. Suspends the engagement's work at every level (the map and the stage it is in): "
                    + "nobody can claim or complete its tasks until a manager resumes it; they show as suspended. "
                    + "Recorded with the reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionReason.class)))
    @APIResponse(responseCode = "204", description = "Suspended")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "408", ref = "RequestTimeout")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response suspend(@PathParam("id") String id, ActionReason reason) {
        control.suspend(id, reason);
        return Response.noContent().build();
    }
}
