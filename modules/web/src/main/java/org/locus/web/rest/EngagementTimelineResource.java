package org.locus.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.timeline.Timeline;
import org.locus.platform.api.timeline.TimelinePage;

/**
 * An engagement's timeline, read-only, for auditors and managers. Its own path, so that {@code EngagementResource}'s
 * {@code engagements/{id}} paths are still matched to it (Jakarta REST picks the root resource first).
 */
@Path("engagements/{id}/timeline")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements", description = "Engagements with places, read-only.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class EngagementTimelineResource {

    private final Timeline timeline;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public EngagementTimelineResource() {
        this(null);
    }

    @Inject
    EngagementTimelineResource(Timeline timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "An engagement's timeline",
            description = "Roles: manager, auditor. Everything that happened to the engagement, running or ended, oldest first: "
                    + "each task waiting, claimed, assigned, reassigned, given back and completed, and by whom (kind TASK); the values "
                    + "each form sent, under the form's labels (FORM); each decision with its inputs and outputs (DECISION); "
                    + "managers' reassignments, suspensions, resumptions, withdrawals and retries with their reasons (ACTION); "
                    + "failed steps (INCIDENT); the stages entered and how it ended (STAGE). Filtered by kind and person, a page at a time.")
    @APIResponse(responseCode = "200", description = "The page of the timeline asked for (the last page when a later one is asked for), "
            + "how many entries pass the filters, and everyone who did something in the engagement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TimelinePage get(
            @PathParam("id") String id,
            @QueryParam("kind") @Parameter(description = "TASK, FORM, DECISION, ACTION, INCIDENT or STAGE; every kind when absent") String kind,
            @QueryParam("person") @Parameter(description = "Only what this user id did; everyone's when absent", example = "sam") String person,
            @QueryParam("page") @Parameter(description = "Which page, from 1 (default 1)") String page,
            @QueryParam("size") @Parameter(description = "Entries a page, 1 to 200 (default 25)") String size) {
        return timeline.of(id, TimelineQueryParameters.parse(kind, person, page, size));
    }
}
