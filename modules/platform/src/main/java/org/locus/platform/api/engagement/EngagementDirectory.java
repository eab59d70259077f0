package org.locus.platform.api.engagement;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The few facts about an engagement that every page of every stage shows (place, reference, stage,
 * status), for any module to read without knowing which module keeps the engagement's record.
 */
public interface EngagementDirectory {

    Optional<EngagementHeadline> headline(String engagementId);

    /** Headlines of many engagements in one query, keyed by engagement id, for tasklist rows. */
    Map<String, EngagementHeadline> headlines(Collection<String> engagementIds);
}
