package org.locus.platform.internal.overview;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementHeadlineChanged;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.EngagementResumed;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.EngagementSuspended;
import org.locus.platform.api.engagement.IncidentRaised;
import org.locus.platform.api.engagement.IncidentResolved;
import org.locus.platform.api.text.Names;

/**
 * Keeps {@code engagement_overview} in step with the engagement's events. The observers are synchronous,
 * so each write runs in the transaction that fired the event (the engine's, or the service's that holds
 * it) on the one data source: if that work rolls back, so does the overview's row.
 */
@ApplicationScoped
public class OverviewProjection {

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected OverviewProjection() {
        this.dataSource = null;
    }

    @Inject
    OverviewProjection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The headline is the record keeper's (intake's): it replaces place, reference, stage, status, lead and sponsors. */
    void headlineChanged(@Observes EngagementHeadlineChanged change) {
        EngagementHeadline headline = change.headline();
        try (Connection connection = dataSource.getConnection()) {
            if (updateHeadline(connection, headline) == 0) {
                insert(connection, headline, change.openedAt(), null, false, 0);
            }
        } catch (SQLException e) {
            throw new OverviewException("Cannot keep engagement " + headline.engagementId() + " in the overview", e);
        }
    }

    /** The map entered a stage or ended: an ended engagement keeps its row, with when it ended. */
    void moved(@Observes EngagementMoved move) {
        Instant endedAt = move.status() == EngagementStatus.OPEN ? null : move.at();
        if (move.stage() == null) {
            update(move.engagementId(), "update engagement_overview set status = ?, ended_at = ? where engagement_id = ?",
                    move.status().name(), timestamp(endedAt), move.engagementId());
        } else {
            update(move.engagementId(), "update engagement_overview set stage = ?, stage_rank = ?, status = ?, ended_at = ?"
                            + " where engagement_id = ?",
                    move.stage().name(), move.stage().ordinal(), move.status().name(), timestamp(endedAt), move.engagementId());
        }
    }

    void suspended(@Observes EngagementSuspended suspension) {
        update(suspension.engagementId(), "update engagement_overview set suspended = ? where engagement_id = ?",
                true, suspension.engagementId());
    }

    void resumed(@Observes EngagementResumed resumption) {
        update(resumption.engagementId(), "update engagement_overview set suspended = ? where engagement_id = ?",
                false, resumption.engagementId());
    }

    void incidentRaised(@Observes IncidentRaised incident) {
        update(incident.engagementId(),
                "update engagement_overview set open_incidents = open_incidents + 1 where engagement_id = ?",
                incident.engagementId());
    }

    void incidentResolved(@Observes IncidentResolved resolution) {
        update(resolution.engagementId(), "update engagement_overview set open_incidents ="
                        + " case when open_incidents > 0 then open_incidents - 1 else 0 end where engagement_id = ?",
                resolution.engagementId());
    }

    private void update(String engagementId, String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new OverviewException("Cannot keep engagement " + engagementId + " in the overview", e);
        }
    }

    private static int updateHeadline(Connection connection, EngagementHeadline headline) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update engagement_overview set reference = ?,"
                + " reference_key = ?, place_name = ?, place_key = ?, stage = ?, stage_rank = ?, status = ?, lead_id = ?,"
                + " sponsors_missing = ? where engagement_id = ?")) {
            update.setString(1, headline.reference());
            update.setString(2, key(headline.reference()));
            update.setString(3, headline.placeName());
            update.setString(4, key(headline.placeName()));
            update.setString(5, headline.stage().name());
            update.setInt(6, headline.stage().ordinal());
            update.setString(7, headline.status().name());
            update.setString(8, headline.lead());
            update.setBoolean(9, headline.sponsorsMissing());
            update.setString(10, headline.engagementId());
            return update.executeUpdate();
        }
    }

    static void insert(Connection connection, EngagementHeadline headline, Instant openedAt, Instant endedAt,
                       boolean suspended, int openIncidents) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into engagement_overview (engagement_id,"
                + " reference, reference_key, place_name, place_key, stage, stage_rank, status, lead_id, sponsors_missing,"
                + " opened_at, ended_at, suspended, open_incidents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, headline.engagementId());
            insert.setString(2, headline.reference());
            insert.setString(3, key(headline.reference()));
            insert.setString(4, headline.placeName());
            insert.setString(5, key(headline.placeName()));
            insert.setString(6, headline.stage().name());
            insert.setInt(7, headline.stage().ordinal());
            insert.setString(8, headline.status().name());
            insert.setString(9, headline.lead());
            insert.setBoolean(10, headline.sponsorsMissing());
            insert.setTimestamp(11, timestamp(openedAt));
            insert.setTimestamp(12, timestamp(endedAt));
            insert.setBoolean(13, suspended);
            insert.setInt(14, openIncidents);
            insert.executeUpdate();
        }
    }

    /** How names are searched: lower case, spaces run together, as intake keys places. */
    static String key(String text) {
        return text == null ? "" : Names.keyOf(text);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
