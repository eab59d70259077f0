package org.locus.platform.internal.timeline;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * The engagement's way across the map: its start, each stage it entered (the map's call activities) and how it
 * ended (the map's end events), from the map's activity history in one query.
 */
@ApplicationScoped
class StageSource implements TimelineSource {

    private static final String MAP_ACTIVITIES = "select A.* from ACT_HI_ACTINST A"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = A.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = #{engagementId} and A.PROC_DEF_KEY_ = #{map}";

    private final HistoryService history;

    /** For the CDI proxy only. */
    protected StageSource() {
        this(null);
    }

    @Inject
    StageSource(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        return history.createNativeHistoricActivityInstanceQuery().sql(MAP_ACTIVITIES)
                .parameter("engagementId", engagement.engagementId()).parameter("map", EngagementProcess.KEY).list().stream()
                .map(StageSource::entry).filter(entry -> entry != null).toList();
    }

    static TimelineEntry entry(HistoricActivityInstance activity) {
        String type = activity.getActivityType() == null ? "" : activity.getActivityType().toLowerCase(Locale.ROOT);
        String name = activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName();
        if ("callactivity".equals(type)) {
            return new TimelineEntry(activity.getStartTime().toInstant(), TimelineKind.STAGE, null, "Entered the stage \u201c" + name + "\u201d");
        }
        if (type.endsWith("endevent")) {
            return new TimelineEntry(activity.getStartTime().toInstant(), TimelineKind.STAGE, null, "Ended: " + name);
        }
        if (type.endsWith("startevent")) {
            return new TimelineEntry(activity.getStartTime().toInstant(), TimelineKind.STAGE, null, name);
        }
        return null;
    }
}
