package org.locus.platform.internal.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.timeline.EngagementHistory;
import org.locus.platform.api.timeline.TimelineEntry;
import org.locus.platform.api.timeline.TimelineEntry.Detail;
import org.locus.platform.api.timeline.TimelineKind;
import org.locus.platform.api.timeline.TimelineSource;

/**
 * Steps that failed (incidents) and when each was resolved, from the engine's incident history (one query: its
 * query API has no business-key filter). A manager's retry is the manager's action, with its reason.
 */
@ApplicationScoped
class IncidentSource implements TimelineSource {

    private static final String INCIDENTS = "select I.CREATE_TIME_, I.END_TIME_, I.INCIDENT_MSG_, I.ACTIVITY_ID_,"
            + " I.INCIDENT_STATE_ from ACT_HI_INCIDENT I"
            + " join ACT_HI_PROCINST P on P.PROC_INST_ID_ = I.PROC_INST_ID_"
            + " where P.BUSINESS_KEY_ = ?";
    /** The engine's states of an incident's history. */
    private static final int RESOLVED = 1;

    record Incident(Instant raised, Instant ended, String message, String activity, int state) {
    }

    private final HistoryRows rows;

    /** For the CDI proxy only. */
    protected IncidentSource() {
        this(null);
    }

    @Inject
    IncidentSource(HistoryRows rows) {
        this.rows = rows;
    }

    @Override
    public List<TimelineEntry> entriesOf(EngagementHistory engagement) {
        List<TimelineEntry> entries = new ArrayList<>();
        rows.select(INCIDENTS, engagement.engagementId(), row -> new Incident(HistoryRows.instant(row, "CREATE_TIME_"),
                HistoryRows.instant(row, "END_TIME_"), row.getString(3), row.getString(4), row.getInt(5)))
                .forEach(incident -> entries.addAll(entries(incident)));
        return entries;
    }

    static List<TimelineEntry> entries(Incident incident) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Step", incident.activity()));
        if (incident.message() != null) {
            details.add(new Detail("Message", incident.message()));
        }
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(incident.raised(), TimelineKind.INCIDENT, null, "A step failed", details));
        if (incident.ended() != null) {
            entries.add(new TimelineEntry(incident.ended(), TimelineKind.INCIDENT, null,
                    incident.state() == RESOLVED ? "The failed step succeeded" : "The failed step was cancelled",
                    List.of(new Detail("Step", incident.activity()))));
        }
        return entries;
    }
}
