package org.locus.web.audit;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.audit.ChainBreak;
import org.locus.platform.api.format.GovukFormats;

/**
 * {@code /audit/verify.xhtml}: auditors and admins recompute every chain of the audit log. A GET with
 * {@code ?run=yes} (a link, not a form post: verifying changes nothing), so the result can be bookmarked and
 * refreshed.
 */
@Named("auditVerify")
@RequestScoped
public class AuditVerifyPage {

    private final AuditLog audit;
    private String run;
    private AuditVerification result;

    /** For the CDI proxy only. */
    protected AuditVerifyPage() {
        this(null);
    }

    @Inject
    AuditVerifyPage(AuditLog audit) {
        this.audit = audit;
    }

    public String getRun() {
        return run;
    }

    public void setRun(String run) {
        this.run = run;
    }

    public void load() {
        if ("yes".equals(run)) {
            result = audit.verify();
        }
    }

    public AuditVerification getResult() {
        return result;
    }

    public List<ChainBreak> getBreaks() {
        return result == null ? List.of() : result.breaks();
    }

    public String getVerifiedAt() {
        return result == null ? "" : GovukFormats.dateTime(result.verifiedAt());
    }

    public String kind(ChainBreak chainBreak) {
        return switch (chainBreak.kind()) {
            case ALTERED -> "Altered";
            case MISSING -> "Missing";
            case INSERTED -> "Inserted";
            case HEAD_MISMATCH -> "Head does not match";
        };
    }
}
