package org.locus.web.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.OpenIncident;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.transaction.UnitOfWork;

/** Stuck work: the steps that failed for good, and a retry once the cause is fixed. */
@Path("incidents")
@ApplicationScoped
@UnitOfWork
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class IncidentResource {

    private final EngagementControl control;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public IncidentResource() {
        this(null);
    }

    @Inject
    IncidentResource(EngagementControl control) {
        this.control = control;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Open incidents",
            description = "Roles: manager, auditor. Every step of an engagement's process that failed for good (a failed job "
                    + "out of retries), newest first: its message, the step, the engagement's reference and place, when.")
    @APIResponse(responseCode = "200", description = "The open incidents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenIncident.class)))
    public List<OpenIncident> list() {
        return control.openIncidents();
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Retry a failed step",
            description = "Roles: manager. After the cause is fixed: the step gets one more try, run by the job executor "
                    + "shortly after; if it fails again, a new incident appears. Recorded.")
    @APIResponse(responseCode = "204", description = "Retried: the step runs again")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response retry(@PathParam("id") String id) {
        control.retry(id);
        return Response.noContent().build();
    }
}
