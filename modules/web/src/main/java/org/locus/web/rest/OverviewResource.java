package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.OverviewPage;
import org.locus.platform.api.security.Roles;

/** The managers' overview over HTTP, read-only: what {@code /manage/index.xhtml} shows. */
@Path("overview")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "Every engagement where it stands, and the workload, for managers and auditors; read-only.")
// Every operation here needs credentials and one of the roles it names, so every one can answer 401 and 403.
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OverviewResource {

    private final EngagementOverview overview;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public OverviewResource() {
        this(null);
    }

    @Inject
    OverviewResource(EngagementOverview overview) {
        this.overview = overview;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "The overview of every engagement, running or ended",
            description = "Roles: manager, auditor. Every engagement with its stage, status, lead, open tasks and their "
                    + "assignees, age and flags (OVERDUE, SPONSORS_MISSING, INCIDENT, SUSPENDED); narrowed by place or "
                    + "reference, stage, status, lead and flag; in the order asked for; a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of the overview, and how many engagements match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverviewPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public OverviewPage overview(
            @QueryParam("q") @Parameter(description = "Part of a place's name, or the start of a reference", example = "Northshire") String q,
            @QueryParam("stage") @Parameter(description = "FIRST_CONTACT, INTAKE, DIAGNOSTIC, INTERVENTION, EVALUATION or LEGACY_REVIEW; any when absent") String stage,
            @QueryParam("status") @Parameter(description = "OPEN, REFERRED_ELSEWHERE, COMPLETED or WITHDRAWN; any when absent") String status,
            @QueryParam("lead") @Parameter(description = "The lead's user id", example = "sam") String lead,
            @QueryParam("flag") @Parameter(description = "OVERDUE, SPONSORS_MISSING, INCIDENT or SUSPENDED; any when absent") String flag,
            @QueryParam("sort") @Parameter(description = "NEWEST (default), OLDEST, PLACE, REFERENCE or STAGE") String sort,
            @QueryParam("first") @Parameter(description = "How many to skip (default 0)") String first,
            @QueryParam("size") @Parameter(description = "How many to answer, 1 to 100 (default 20)") String size) {
        return overview.find(OverviewQueryParameters.parse(q, stage, status, lead, flag, sort, first, size));
    }
}
