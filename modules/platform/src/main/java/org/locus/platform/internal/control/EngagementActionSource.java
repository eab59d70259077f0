package org.locus.platform.internal.control;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineEntry.Detail;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * Managers' actions on the engagement for its timeline, with their reasons: reassignments, suspensions and
 * resumptions, the withdrawal, retries of a failed step ({@code engagement_action}, one query).
 */
@ApplicationScoped
class EngagementActionSource implements TimelineSource {

    private final EngagementActions actions;

    /** For the CDI proxy only. */
    protected EngagementActionSource() {
        this(null);
    }

    @Inject
    EngagementActionSource(EngagementActions actions) {
        this.actions = actions;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        return actions.of(engagement.engagementId()).stream().map(EngagementActionSource::entry).toList();
    }

    static TimelineEntry entry(EngagementActions.Named named) {
        EngagementActions.Entry action = named.entry();
        String task = named.taskName() == null ? "a task" : "\u201c" + named.taskName() + "\u201d";
        List<Detail> details = new ArrayList<>();
        String title = switch (action.action()) {
            case REASSIGNED -> {
                details.add(new Detail("From", action.before() == null ? "nobody" : action.before()));
                details.add(new Detail("To", action.after()));
                yield "Reassigned " + task;
            }
            case SUSPENDED -> "Suspended the engagement";
            case RESUMED -> "Resumed the engagement";
            case WITHDRAWN -> {
                if (action.before() != null) {
                    details.add(new Detail("Stage", stageLabel(action.before())));
                }
                yield "Recorded that the place withdrew";
            }
            case RETRIED -> "Retried a failed step";
        };
        if (action.reason() != null && !action.reason().isBlank()) {
            details.add(new Detail("Reason", action.reason()));
        }
        return new TimelineEntry(action.at(), TimelineKind.ACTION, action.by(), title, details);
    }

    private static String stageLabel(String stage) {
        try {
            return Stage.valueOf(stage).label();
        } catch (IllegalArgumentException e) {
            return stage;
        }
    }
}
