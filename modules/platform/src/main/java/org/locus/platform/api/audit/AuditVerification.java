package org.locus.platform.api.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of recomputing every chain: how much was checked, and the first break of each broken chain. */
@Schema(description = "Every chain of the audit log recomputed: how much was checked, and the first bad entry of each broken chain",
        requiredProperties = {"verifiedAt", "chains", "entries", "breaks"})
public record AuditVerification(
        @Schema(description = "When it was verified", example = "2026-12-07T16:00:00Z") Instant verifiedAt,
        @Schema(description = "How many chains were checked (one per engagement, and one for changes without an engagement)", example = "45") int chains,
        @Schema(description = "How many entries were checked", example = "417") long entries,
        @Schema(description = "The first bad entry of each broken chain; empty when the log is intact") List<ChainBreak> breaks) {

    public AuditVerification {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
