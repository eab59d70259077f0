package org.locus.platform.api.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.locus.platform.api.error.InvalidRequestException;

/** What an entry of the timeline is about, the filter auditors choose by. */
public enum TimelineKind {
    TASK("Task"),
    FORM("Form"),
    DECISION("Decision"),
    ACTION("Manager\u2019s action"),
    INCIDENT("Incident"),
    STAGE("Stage"),
    RECORD("Record change");

    private final String label;

    TimelineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a request names (any case); null for none; a 400 naming the kinds there are for anything else. */
    public static TimelineKind parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "Kind must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
