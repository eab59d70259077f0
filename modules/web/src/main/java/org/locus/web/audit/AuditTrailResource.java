package org.locus.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import org.locus.platform.api.security.Roles;

/**
 * One engagement's audit trail over the API, as JSON or CSV: auditors, managers and admins; read-only. A root of its
 * own (as {@code ProgressResource}), so that it sits with the audit log's other operation.
 */
@Path("engagements/{id}/audit-trail")
@ApplicationScoped
@Tag(name = "Audit")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditTrailResource {

    static final String CSV = "text/csv";

    private final AuditTrails trails;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public AuditTrailResource() {
        this(null);
    }

    @Inject
    AuditTrailResource(AuditTrails trails) {
        this.trails = trails;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "One engagement's audit trail as JSON",
            description = "Roles: auditor, manager, admin. Every entry of the engagement's chain with its canonical form and "
                    + "hashes, and the chain's head; docs/verify-audit-export.sh checks it outside Locus.")
    @APIResponse(responseCode = "200", description = "The trail", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "format, engagementId, reference, exportedAt, genesis, head {position, hash}, and entries, each with "
                            + "position, chain, at, by, kind, subject, subjectId, engagement, before, after, prevHash, hash, canonical "
                            + "(docs/audit.md)")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response json(@PathParam("id") String id) {
        AuditExport export = trails.of(id);
        return download(export.json(), MediaType.APPLICATION_JSON + ";charset=UTF-8", export.fileName("json"));
    }

    @GET
    @Path("csv")
    @Produces(CSV)
    @RolesAllowed({Roles.AUDITOR, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "One engagement's audit trail as CSV",
            description = "Roles: auditor, manager, admin. RFC 4180 (CRLF, quoted fields), a header row, one row an entry.")
    @APIResponse(responseCode = "200", description = "The trail", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, description = "RFC 4180 CSV: a header row, then one record an entry")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response csv(@PathParam("id") String id) {
        AuditExport export = trails.of(id);
        return download(export.csv(), CSV + ";charset=UTF-8", export.fileName("csv"));
    }

    private static Response download(String body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
