package org.locus.platform.api.audit;

import java.util.Objects;

/**
 * One domain change to append: what kind, to which subject, in which engagement (null when it belongs to
 * none), and the values before and after as JSON object text (null where they do not apply: no before on
 * a creation, no after on a removal). Who and when are the log's to add.
 */
public record AuditChange(String kind, String subjectType, String subjectId, String engagementId, String before,
                          String after) {

    public AuditChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
