package org.locus.diagnostic.internal.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.Participant;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Roles;

/** What the diagnostic knows about an engagement, and whom its interview plan may choose. */
@Path("diagnostics/{engagementId}")
@RequestScoped
@Tag(name = "Diagnostic", description = "What the diagnostic of an engagement holds, read-only; its tasks complete through /api/tasks.")
// Every operation here needs credentials and one of the roles it names, so every one can answer 401 and 403.
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DiagnosticResource {

    private final DiagnosticService diagnostic;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public DiagnosticResource() {
        this(null);
    }

    @Inject
    DiagnosticResource(DiagnosticService diagnostic) {
        this.diagnostic = diagnostic;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "The diagnostic of an engagement",
            description = "The interview plan with its balance and flags (no political or no managerial participant), the interviews "
                    + "and observations, the team survey's responses and averages, the findings by theme, and every playback. "
                    + "Roles: staff, manager, auditor.")
    @APIResponse(responseCode = "200", description = "The diagnostic so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiagnosticSummary.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DiagnosticSummary summary(@PathParam("engagementId") @Parameter(description = "The engagement's id") String engagementId) {
        return diagnostic.summary(engagementId).orElseThrow(() -> new NotFoundException(
                "The engagement " + engagementId + " has not begun its diagnostic."));
    }

    @GET
    @Path("leaders")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.MANAGER})
    @Operation(summary = "The leaders an interview plan may choose",
            description = "Every leader known in the engagement's place, with the group they would speak for: political top team, "
                    + "managerial top team (managers of the council, the organisation of the place's political leaders) or "
                    + "partners (managers of any other organisation). Roles: staff, manager.")
    @APIResponse(responseCode = "200", description = "The leaders, the first contact first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Participant.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Participant> leaders(@PathParam("engagementId") @Parameter(description = "The engagement's id") String engagementId) {
        List<Participant> leaders = diagnostic.leadersOffered(engagementId);
        if (leaders.isEmpty()) {
            throw new NotFoundException("There is no engagement " + engagementId + ".");
        }
        return leaders;
    }
}
