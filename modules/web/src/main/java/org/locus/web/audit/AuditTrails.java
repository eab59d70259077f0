package org.locus.web.audit;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.NotFoundException;

/** One engagement's audit trail for an export: its chain as it is stored, and the engagement's reference. */
@ApplicationScoped
class AuditTrails {

    private final AuditLog audit;
    private final EngagementDirectory engagements;
    private final Clock clock;

    /** For the CDI proxy only. */
    protected AuditTrails() {
        this(null, null, null);
    }

    @Inject
    AuditTrails(AuditLog audit, EngagementDirectory engagements, Clock clock) {
        this.audit = audit;
        this.engagements = engagements;
        this.clock = clock;
    }

    AuditExport of(String engagementId) {
        String id = engagementId == null ? "" : engagementId.strip();
        EngagementHeadline headline = id.isEmpty() ? null : engagements.headline(id).orElse(null);
        if (headline == null) {
            throw new NotFoundException("There is no engagement " + id + ".");
        }
        return new AuditExport(id, headline.reference(), clock.instant(), audit.chain(id));
    }
}
