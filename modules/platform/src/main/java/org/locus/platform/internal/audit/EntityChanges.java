package org.locus.platform.internal.audit;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.locus.platform.api.audit.AuditChange;
import org.locus.platform.api.audit.AuditLog;

/**
 * Turns entity life-cycle events into audit entries. What an entity looked like when it was loaded (or last
 * written) is kept with the transaction (a resource of the {@link TransactionSynchronizationRegistry}), so an
 * update records only the attributes that changed, before and after; nothing outlives the transaction.
 */
@ApplicationScoped
class EntityChanges {

    /** The key of this bean's snapshots among the transaction's resources. */
    private final Object snapshotsKey = new Object();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    private final AuditLog audit;

    /** For the CDI proxy only. */
    protected EntityChanges() {
        this.audit = null;
    }

    @Inject
    EntityChanges(AuditLog audit) {
        this.audit = audit;
    }

    void loaded(Object entity) {
        snapshots().ifPresent(s -> s.put(entity, EntityState.of(entity)));
    }

    void created(Object entity) {
        SortedMap<String, String> after = EntityState.of(entity);
        append("CREATED", entity, null, EntityState.json(after));
        snapshots().ifPresent(s -> s.put(entity, after));
    }

    void updated(Object entity) {
        SortedMap<String, String> now = EntityState.of(entity);
        SortedMap<String, String> then = snapshots().map(s -> s.put(entity, now)).orElse(null);
        if (then == null) {
            append("UPDATED", entity, null, EntityState.json(now));
            return;
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        // An attribute absent before (an embedded value that was all nulls) was null; one that is not loaded now
        // was not changed in this transaction (changing it loads it).
        now.forEach((name, value) -> {
            String old = then.get(name);
            if (!Objects.equals(old, value) && !EntityState.NOT_LOADED.equals(value)) {
                before.put(name, old);
                after.put(name, value);
            }
        });
        if (!after.isEmpty()) {
            append("UPDATED", entity, EntityState.json(before), EntityState.json(after));
        }
    }

    void removed(Object entity) {
        SortedMap<String, String> then = snapshots().map(s -> s.remove(entity)).orElse(null);
        append("DELETED", entity, EntityState.json(then == null ? EntityState.of(entity) : then), null);
    }

    private void append(String kind, Object entity, String before, String after) {
        audit.append(new AuditChange(kind, EntityState.subjectType(entity), EntityState.id(entity),
                EntityState.engagementId(entity), before, after));
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<Object, SortedMap<String, String>>> snapshots() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return Optional.empty();
        }
        Map<Object, SortedMap<String, String>> snapshots = (Map<Object, SortedMap<String, String>>) transactions.getResource(snapshotsKey);
        if (snapshots == null) {
            snapshots = new IdentityHashMap<>();
            transactions.putResource(snapshotsKey, snapshots);
        }
        return Optional.of(snapshots);
    }
}
