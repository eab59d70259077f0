package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.Workload;
import org.locus.platform.api.security.Roles;

/** Open and overdue work over HTTP, read-only: what {@code /manage/workload.xhtml} shows. */
@Path("workload")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "Every engagement where it stands, and the workload, for managers and auditors; read-only.")
// Every operation here needs credentials and one of the roles it names, so every one can answer 401 and 403.
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class WorkloadResource {

    /** How many overdue tasks the workload lists at most, most overdue first. */
    static final int OVERDUE_LIMIT = 200;

    private final EngagementOverview overview;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public WorkloadResource() {
        this(null);
    }

    @Inject
    WorkloadResource(EngagementOverview overview) {
        this.overview = overview;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Open and overdue work per person and per group",
            description = "Roles: manager, auditor. Per person the tasks they hold, per group the tasks offered to it, "
                    + "each with how many are past due; and the overdue tasks (at most " + OVERDUE_LIMIT
                    + "), most overdue first.")
    @APIResponse(responseCode = "200", description = "The workload",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Workload.class)))
    public Workload workload() {
        return overview.workload(OVERDUE_LIMIT);
    }
}
