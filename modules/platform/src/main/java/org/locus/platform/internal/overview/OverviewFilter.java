package org.locus.platform.internal.overview;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewSort;
import org.locus.platform.api.text.Names;

/**
 * The where clause and order of an overview query, with its parameters in order. Only fixed SQL is
 * put together here; every value the person gave is a parameter.
 */
record OverviewFilter(String where, List<Object> params) {

    static OverviewFilter of(OverviewQuery query, Instant now) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!query.text().isEmpty()) {
            String key = likeEscaped(Names.keyOf(query.text()));
            conditions.add("(o.place_key like ? escape '!' or o.reference_key like ? escape '!')");
            params.add("%" + key + "%");
            params.add(key + "%");
        }
        if (query.stage() != null) {
            conditions.add("o.stage = ?");
            params.add(query.stage().name());
        }
        if (query.status() != null) {
            conditions.add("o.status = ?");
            params.add(query.status().name());
        }
        if (query.lead() != null && !query.lead().isBlank()) {
            conditions.add("o.lead_id = ?");
            params.add(query.lead().strip());
        }
        if (query.flag() != null) {
            switch (query.flag()) {
                case OVERDUE -> {
                    // Driven from the tasklist's due-date index: only engagements with a task past due.
                    conditions.add("o.engagement_id in (select t.business_key from tasklist_task t where t.due_at < ?)");
                    params.add(Timestamp.from(now));
                }
                case SPONSORS_MISSING -> {
                    conditions.add("o.sponsors_missing = ? and o.status = ?");
                    params.add(true);
                    params.add(EngagementStatus.OPEN.name());
                }
                case INCIDENT -> conditions.add("o.open_incidents > 0");
                case SUSPENDED -> {
                    conditions.add("o.suspended = ?");
                    params.add(true);
                }
            }
        }
        return new OverviewFilter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** Each order ends on the primary key, so paging never skips or repeats a row of equal keys. */
    static String order(OverviewSort sort) {
        return switch (sort) {
            case NEWEST -> "o.opened_at desc, o.engagement_id desc";
            case OLDEST -> "o.opened_at, o.engagement_id";
            case PLACE -> "o.place_key, o.engagement_id";
            case REFERENCE -> "o.reference_key, o.engagement_id";
            case STAGE -> "o.stage_rank, o.opened_at desc, o.engagement_id desc";
        };
    }

    /** The text with LIKE's wildcards taken literally ('!' is the escape character above). */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
