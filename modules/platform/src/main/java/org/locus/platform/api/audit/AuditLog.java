package org.locus.platform.api.audit;

import java.util.List;

/**
 * The append-only audit log. {@link #append} writes in the caller's JTA transaction on the one data source,
 * so the entry commits or rolls back with the change it records. Nothing in Locus updates or deletes an entry.
 */
public interface AuditLog {

    /** The chain of the changes that belong to no engagement (places, organisations, leaders). */
    String LOCUS_CHAIN = "locus";

    /** Appends the change at the end of its engagement's chain, as the current caller, now. */
    void append(AuditChange change);

    /** An engagement's chain, in order (empty if it has none). */
    List<AuditEntry> chain(String chain);

    /** Recomputes every chain; read-only. */
    AuditVerification verify();
}
