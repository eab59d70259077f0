package org.locus.web.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.locus.intake.api.EngagementSearch;
import org.locus.intake.api.EngagementStatus;
import org.locus.platform.api.error.InvalidRequestException;

/** The query parameters of {@code GET /api/engagements}: a wrong one is a 400 that names it. */
final class EngagementSearchQuery {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
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
        Integer firstIndex = QueryNumbers.wholeNumber(first, 0);
        if (firstIndex == null || firstIndex < 0) {
            errors.put("first", "First must be a whole number, 0 or more");
        }
        Integer pageSize = QueryNumbers.wholeNumber(size, DEFAULT_SIZE);
        if (pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            errors.put("size", "Size must be a whole number from 1 to " + MAX_SIZE);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some query parameters are wrong", errors);
        }
        return new EngagementSearch(text, wanted, firstIndex, pageSize);
    }
}
