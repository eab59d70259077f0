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
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.Reassignment;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;

/** A manager gives a task to someone else (its own path, so the tasklist's resource stays as it is). */
@Path("tasks/{id}/reassign")
@ApplicationScoped
@UnitOfWork
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TaskReassignResource {

    private final EngagementControl control;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public TaskReassignResource() {
        this(null);
    }

    @Inject
    TaskReassignResource(EngagementControl control) {
        this.control = control;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Reassign a task",
            description = "Roles: manager. Gives an open task to another person in one of the task's groups, with a reason "
                    + "(recorded with who held it before). expectedAssignee is whom the manager saw holding it: if that "
                    + "changed meanwhile, or another manager reassigns it at the same moment, one wins and the other gets a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reassignment.class)))
    @APIResponse(responseCode = "204", description = "Reassigned")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "408", ref = "RequestTimeout")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response reassign(@PathParam("id") String id, Reassignment reassignment) {
        control.reassign(id, reassignment);
        return Response.noContent().build();
    }
}
