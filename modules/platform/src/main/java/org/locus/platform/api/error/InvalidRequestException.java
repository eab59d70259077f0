package org.locus.platform.api.error;

import java.util.Map;

/** The request's values are missing or wrong (400); {@code fieldErrors} says which, field by field. */
public class InvalidRequestException extends LocusException {

    private final Map<String, String> fieldErrors;

    public InvalidRequestException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public InvalidRequestException(String field, String message) {
        this(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
