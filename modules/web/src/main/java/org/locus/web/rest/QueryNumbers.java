package org.locus.web.rest;

/** Whole numbers in query parameters, read by hand so that a wrong one can be named in a 400. */
final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The number, {@code absent} when the parameter is missing or blank, null when it is not a whole number. */
    static Integer wholeNumber(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
