package org.locus.web.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewSort;

/** The query parameters of {@code GET /api/overview}: every wrong one is named in one 400. */
final class OverviewQueryParameters {

    static final int MAX_TEXT = 200;
    static final int MAX_LEAD = 100;

    private OverviewQueryParameters() {
    }

    static OverviewQuery parse(String q, String stage, String status, String lead, String flag, String sort,
                               String first, String size) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            errors.put("q", "Q must be " + MAX_TEXT + " characters or fewer");
        }
        String leadId = lead == null || lead.isBlank() ? null : lead.strip();
        if (leadId != null && leadId.length() > MAX_LEAD) {
            errors.put("lead", "Lead must be " + MAX_LEAD + " characters or fewer");
        }
        Stage wantedStage = oneOf("stage", stage, Stage.class, errors);
        EngagementStatus wantedStatus = oneOf("status", status, EngagementStatus.class, errors);
        OverviewFlag wantedFlag = oneOf("flag", flag, OverviewFlag.class, errors);
        OverviewSort wantedSort = oneOf("sort", sort, OverviewSort.class, errors);
        QueryPaging paging = QueryPaging.read(first, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some query parameters are wrong", errors);
        }
        return new OverviewQuery(text, wantedStage, wantedStatus, leadId, wantedFlag, wantedSort, paging.first(), paging.size());
    }

    /** The constant named, null when absent; a name that is none of them is put in {@code errors}. */
    static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip())).findFirst()
                .orElseGet(() -> {
                    errors.put(parameter, Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1)
                            + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", ")));
                    return null;
                });
    }
}
