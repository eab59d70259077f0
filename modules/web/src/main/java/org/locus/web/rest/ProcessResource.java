package org.locus.web.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.security.Roles;
import org.locus.web.diagram.HeatPeriod;

/** Processes' heat: open tasks and time spent on each activity, read-only. */
@Path("processes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagrams", description = "Where engagements stand on their diagrams, and the time spent on each activity; read-only.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ProcessResource {

    private final ProcessDiagrams diagrams;
    private final Clock clock;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public ProcessResource() {
        this(null, null);
    }

    @Inject
    ProcessResource(ProcessDiagrams diagrams, Clock clock) {
        this.diagrams = diagrams;
        this.clock = clock;
    }

    @GET
    @Path("{key}/heat")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "Open tasks and time spent on each activity of a process",
            description = "Roles: manager, auditor. For the process's latest diagram: each activity's open tasks now, and the "
                    + "mean and 90th percentile time spent by those that finished it between from and to (both days included, "
                    + "UTC; the last 30 days when both are absent; at most 366 days).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeatJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public HeatJson heat(@PathParam("key") String key,
                         @QueryParam("from") @Parameter(description = "The first day, such as 2026-11-08", example = "2026-11-08") String from,
                         @QueryParam("to") @Parameter(description = "The last day, such as 2026-12-07", example = "2026-12-07") String to) {
        HeatPeriod period = HeatPeriod.parse(from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return HeatJson.of(diagrams.heat(key, period.start(), period.end()), period.from(), period.to());
    }
}
