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
 * A manager resumes a suspended engagement. Its own path (one class an action), so that {@code EngagementResource}'s
 * {@code engagements/{id}} paths are still matched to it: Jakarta REST picks the root resource first.
 * The platform's {@link EngagementControl} checks the roles again and records the action with its reason.
 */
@Path("engagements/{id}/resume")
@ApplicationScoped
@UnitOfWork
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EngagementResumeResource {

    private final EngagementControl control;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public EngagementResumeResource() {
        this(null);
    }

    @Inject
    EngagementResumeResource(EngagementControl control) {
        this.control = control;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Resume a suspended engagement",
            description = "Roles: manager. Its tasks can be claimed and completed again. Recorded with the reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionReason.class)))
    @APIResponse(responseCode = "204", description = "Resumed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "408", ref = "RequestTimeout")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response resume(@PathParam("id") String id, ActionReason reason) {
        control.resume(id, reason);
        return Response.noContent().build();
    }
}
