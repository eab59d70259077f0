package org.locus.intake.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.locus.platform.api.engagement.EngagementHeadlineChanged;

/**
 * Tells the platform, in the transaction that made the change, that an engagement's headline changed
 * (opened, sponsors named, lead assigned, moved on the map): intake keeps the record, and the
 * platform's read models (the managers' overview) must never read intake's tables.
 */
@ApplicationScoped
public class HeadlineChanges {

    private final Event<EngagementHeadlineChanged> event;

    /** For the CDI proxy only. */
    protected HeadlineChanges() {
        this(null);
    }

    @Inject
    HeadlineChanges(Event<EngagementHeadlineChanged> event) {
        this.event = event;
    }

    public void announce(Engagement engagement) {
        event.fire(new EngagementHeadlineChanged(engagement.headline(), engagement.openedAt()));
    }
}
