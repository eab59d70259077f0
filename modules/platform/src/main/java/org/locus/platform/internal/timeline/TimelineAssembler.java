package org.locus.platform.internal.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.Timeline;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelinePage;
import org.locus.platform.api.timeline.TimelineQuery;
import org.locus.platform.api.timeline.TimelineSource;
import org.locus.platform.api.transaction.UnitOfWork;

/**
 * An engagement's timeline from every {@link TimelineSource}: each is asked once, whatever the filters and the page,
 * and the entries are merged, filtered and paged in memory. So one timeline costs the sources' fixed number of
 * queries, never one per entry; an engagement's history is hundreds of entries, not millions, so holding them for
 * one request is cheap.
 *
 * <p>Oldest first: an auditor reads how the engagement came to where it is, in the order it happened, and a page
 * keeps its entries while a running engagement grows (new entries only add pages at the end), so "page 3" cited in
 * a report still shows what it showed.
 */
@ApplicationScoped
@UnitOfWork
public class TimelineAssembler implements Timeline {

    /**
     * At the same instant a fixed order of kinds (stage, decision, form, task, ...); within a kind, which one source
     * gives, the source's own order (the sort is stable), so a task waits before it is assigned and the same query
     * always gives the same pages.
     */
    static final Comparator<TimelineEntry> OLDEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::kind, Comparator.comparing(TimelineAssembler::rank));

    private final EngagementDirectory engagements;
    private final Caller caller;
    private final Iterable<TimelineSource> sources;

    /** For the CDI proxy only. */
    protected TimelineAssembler() {
        this(null, null, List.of());
    }

    @Inject
    TimelineAssembler(EngagementDirectory engagements, Caller caller, @Any Instance<TimelineSource> sources) {
        this(engagements, caller, (Iterable<TimelineSource>) sources);
    }

    TimelineAssembler(EngagementDirectory engagements, Caller caller, Iterable<TimelineSource> sources) {
        this.engagements = engagements;
        this.caller = caller;
        this.sources = sources;
    }

    @Override
    public TimelinePage of(String engagementId, TimelineQuery query) {
        CurrentUser user = caller.current();
        if (!user.isIn(Roles.AUDITOR) && !user.isIn(Roles.MANAGER)) {
            throw new ForbiddenException("Only auditors and managers may read an engagement's timeline.");
        }
        if (engagementId == null || engagements.headline(engagementId).isEmpty()) {
            throw new NotFoundException("There is no engagement " + engagementId + ".");
        }
        EngagementHistory engagement = new EngagementHistory(engagementId);
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineSource source : sources) {
            all.addAll(source.entriesOf(engagement));
        }
        all.sort(OLDEST_FIRST);
        List<String> people = all.stream().map(TimelineEntry::person).filter(Objects::nonNull).distinct().sorted().toList();
        List<TimelineEntry> matching = all.stream().filter(query::matches).toList();
        int lastPage = Math.max(1, (matching.size() + query.size() - 1) / query.size());
        int page = Math.min(query.page(), lastPage);
        int from = (page - 1) * query.size();
        List<TimelineEntry> shown = matching.subList(from, Math.min(matching.size(), from + query.size()));
        return new TimelinePage(engagementId, shown, matching.size(), page, query.size(), people);
    }

    /** A stage is entered before its tasks wait, a form is sent (and its records change) before its task completes. */
    private static int rank(org.locus.platform.api.timeline.TimelineKind kind) {
        return switch (kind) {
            case STAGE -> 0;
            case DECISION -> 1;
            case FORM -> 2;
            case RECORD -> 3;
            case TASK -> 4;
            case ACTION -> 5;
            case INCIDENT -> 6;
        };
    }
}
