package org.locus.web.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.locus.intake.api.EngagementSearch;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.error.InvalidRequestException;

/** The query parameters of {@code GET /api/engagements}: a wrong one is a 400 that names it. */
final class EngagementSearchQuery {

    static final int MAX_TEXT = 200;

    private EngagementSearchQuery() {
    }

    static EngagementSearch parse(String q, String status, String first, String size) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            errors.put("q", "Q must be " + MAX_TEXT + " characters or fewer");
        }
        EngagementStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(EngagementStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst().orElse(null);
            if (wanted == null) {
                errors.put("status", "Status must be one of " + Arrays.stream(EngagementStatus.values())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        QueryPaging paging = QueryPaging.read(first, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some query parameters are wrong", errors);
        }
        return new EngagementSearch(text, wanted, paging.first(), paging.size());
    }
}
