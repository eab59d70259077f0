package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.security.Roles;

/**
 * Where an engagement stands on its diagrams, read-only. A root of its own (not a method of
 * {@link EngagementResource}) so that it stays with the other diagram operations.
 */
@Path("engagements/{id}/progress")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagrams", description = "Where engagements stand on their diagrams, and the time spent on each activity; read-only.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ProgressResource {

    private final ProcessDiagrams diagrams;
    private final EngagementDirectory engagements;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public ProgressResource() {
        this(null, null);
    }

    @Inject
    ProgressResource(ProcessDiagrams diagrams, EngagementDirectory engagements) {
        this.diagrams = diagrams;
        this.engagements = engagements;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Where an engagement stands on its map and in each stage",
            description = "Roles: manager, auditor. The map's active and passed activities, and for every stage instance the map "
                    + "called its active and completed activities and the definition whose diagram they are on. Read from the "
                    + "engine's history, so an ended engagement answers too.")
    @APIResponse(responseCode = "200", description = "The engagement's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressJson.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ProgressJson progress(@PathParam("id") String id) {
        return ProgressJson.find(id, engagements, diagrams);
    }
}
