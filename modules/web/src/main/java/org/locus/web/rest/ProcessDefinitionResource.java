package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Roles;

/** Deployed diagrams' BPMN, read-only. */
@Path("process-definitions")
@ApplicationScoped
@Tag(name = "Diagrams", description = "Where engagements stand on their diagrams, and the time spent on each activity; read-only.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ProcessDefinitionResource {

    static final String BPMN_XML = "application/xml";

    private final ProcessDiagrams diagrams;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public ProcessDefinitionResource() {
        this(null);
    }

    @Inject
    ProcessDefinitionResource(ProcessDiagrams diagrams) {
        this.diagrams = diagrams;
    }

    @GET
    @Path("{id}/xml")
    @Produces(BPMN_XML)
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A deployed diagram's BPMN",
            description = "Roles: manager, auditor, admin. The BPMN 2.0 XML of a deployed process definition, as deployed "
                    + "(what bpmn-js draws).")
    @APIResponse(responseCode = "200", description = "The BPMN XML",
            content = @Content(mediaType = BPMN_XML, schema = @Schema(implementation = String.class, example = "<bpmn:definitions/>")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String xml(@PathParam("id") String id) {
        return diagrams.xml(id).orElseThrow(() -> new NotFoundException("There is no process definition " + id + "."));
    }
}
