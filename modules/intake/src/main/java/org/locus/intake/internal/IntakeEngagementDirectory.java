package org.locus.intake.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementMoved;

/**
 * Intake keeps the record of every engagement (it opens it at first contact), so it answers for
 * every stage what an engagement is called and where it stands, and records each move the map makes.
 */
@ApplicationScoped
public class IntakeEngagementDirectory implements EngagementDirectory {

    private final EngagementRepository engagements;
    private final HeadlineChanges headlineChanges;

    /** For the CDI proxy only. */
    protected IntakeEngagementDirectory() {
        this(null, null);
    }

    @Inject
    IntakeEngagementDirectory(EngagementRepository engagements, HeadlineChanges headlineChanges) {
        this.engagements = engagements;
        this.headlineChanges = headlineChanges;
    }

    @Override
    public Optional<EngagementHeadline> headline(String engagementId) {
        return engagementId == null ? Optional.empty() : engagements.find(engagementId).map(Engagement::headline);
    }

    @Override
    public Map<String, EngagementHeadline> headlines(Collection<String> engagementIds) {
        if (engagementIds == null || engagementIds.isEmpty()) {
            return Map.of();
        }
        return engagements.headlines(new LinkedHashSet<>(engagementIds)).stream()
                .collect(Collectors.toMap(EngagementHeadline::engagementId, Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** The map entered a stage or ended; runs in the engine's transaction, on a request or a job thread. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordMove(@Observes EngagementMoved move) {
        Engagement engagement = engagements.get(move.engagementId());
        engagement.moved(move);
        headlineChanges.announce(engagement);
    }
}
