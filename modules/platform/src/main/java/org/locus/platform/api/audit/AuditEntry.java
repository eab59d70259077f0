package org.locus.platform.api.audit;

import java.time.Instant;

/**
 * One entry of the audit log as it is stored: its chain (the engagement's id, or {@link AuditLog#LOCUS_CHAIN}
 * for changes that belong to no engagement), its position in the chain (from 1), who and when, the change,
 * and the hash that links it to the entry before ({@code prevHash}; 64 zeros for the first).
 */
public record AuditEntry(String chain, long position, Instant at, String by, String kind, String subjectType,
                         String subjectId, String engagementId, String before, String after, String prevHash,
                         String hash) {

    /** The entry's canonical form, the text its hash covers (with {@link #prevHash()}). */
    public String canonical() {
        return CanonicalForm.of(this);
    }
}
