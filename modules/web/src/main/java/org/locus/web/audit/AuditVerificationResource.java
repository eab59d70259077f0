package org.locus.web.audit;

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

import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.security.Roles;

/** Verifying the audit log over the API: auditors and admins; read-only. */
@Path("audit/verification")
@ApplicationScoped
@Tag(name = "Audit", description = "The tamper-evident audit log: verify every chain, export one engagement's trail; read-only.")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditVerificationResource {

    private final AuditLog audit;

    /** For the CDI proxy, and for Jakarta REST, which looks for a public constructor before asking CDI. */
    public AuditVerificationResource() {
        this(null);
    }

    @Inject
    AuditVerificationResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Recompute every chain of the audit log",
            description = "Roles: auditor, admin. Changes nothing. For each chain whose entries no longer give their hashes, "
                    + "the first bad entry: ALTERED, MISSING, INSERTED or HEAD_MISMATCH.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditVerification.class)))
    public AuditVerification verification() {
        return audit.verify();
    }
}
