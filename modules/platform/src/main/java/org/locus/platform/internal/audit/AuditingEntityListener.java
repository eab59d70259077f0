package org.locus.platform.internal.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The default entity listener of every Locus persistence unit ({@code META-INF/locus-audit-orm.xml}, listed as a
 * mapping file in each {@code persistence.xml}), so a new entity is audited without anyone remembering to. Its
 * callbacks run as each row is written, in the flush, inside the request's transaction. It asks CDI for
 * {@link EntityChanges} on each call rather than having it injected: whether a persistence provider injects
 * into a default listener is the container's choice, and a listener that silently got nothing would audit nothing.
 */
public class AuditingEntityListener {

    @PostLoad
    void loaded(Object entity) {
        changes().loaded(entity);
    }

    @PostPersist
    void created(Object entity) {
        changes().created(entity);
    }

    @PostUpdate
    void updated(Object entity) {
        changes().updated(entity);
    }

    @PostRemove
    void removed(Object entity) {
        changes().removed(entity);
    }

    private static EntityChanges changes() {
        return CDI.current().select(EntityChanges.class).get();
    }
}
