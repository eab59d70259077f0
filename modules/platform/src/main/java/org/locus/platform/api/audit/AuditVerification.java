package org.locus.platform.api.audit;

import java.time.Instant;
import java.util.List;

/** The result of recomputing every chain: how much was checked, and the first break of each broken chain. */
public record AuditVerification(Instant verifiedAt, int chains, long entries, List<ChainBreak> breaks) {

    public AuditVerification {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
