package org.locus.intake.internal.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.security.Roles;

/** First contacts (enquiries) logged by API clients, the same way the "Log a first contact" form does it. */
@Path("enquiries")
@RequestScoped
@Tag(name = "Intake", description = "First contact and intake of an engagement")
public class EnquiryResource {

    private final IntakeService intake;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public EnquiryResource() {
        this(null);
    }

    @Inject
    EnquiryResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Log a first contact",
            description = "Records who got in touch from which place and organisations, what they ask for and how "
                    + "they heard, and opens an engagement at the start of intake (its first task is \"Assess fit "
                    + "with the remit\"). A place, organisation or leader already known by that name is reused. "
                    + "Roles: staff.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FirstContact.class)))
    @APIResponse(responseCode = "201", description = "The engagement is open; Location is its address",
            headers = @Header(name = "Location", description = "/api/engagements/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnquiryLogged.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "408", ref = "RequestTimeout")
    @APIResponse(responseCode = "413", ref = "ContentTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response log(FirstContact contact, @Context UriInfo uri) {
        String engagementId = intake.logFirstContact(contact);
        URI location = uri.getBaseUriBuilder().path("engagements").path(engagementId).build();
        return Response.created(location).entity(new EnquiryLogged(engagementId)).build();
    }
}
