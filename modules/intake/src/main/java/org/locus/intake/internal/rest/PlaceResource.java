package org.locus.intake.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.PlaceCheck;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.security.Roles;

/** What Locus already knows about a place, asked before a first contact is logged. */
@Path("places")
@RequestScoped
@Tag(name = "Intake")
public class PlaceResource {

    private final IntakeService intake;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public PlaceResource() {
        this(null);
    }

    @Inject
    PlaceResource(IntakeService intake) {
        this.intake = intake;
    }

    @GET
    @Path("check")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "Check a place",
            description = "Whether a place of this name is known (whatever its case or spacing) and which of its "
                    + "engagements are still open, so that a second engagement is not opened by mistake. "
                    + "Roles: staff, manager.")
    @APIResponse(responseCode = "200", description = "What is known about the place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceCheck.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PlaceCheck check(@QueryParam("name") @Parameter(description = "The place's name, such as Northshire", required = true)
                            String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("name", "Enter the name of the place to check");
        }
        return intake.checkPlace(name);
    }
}
