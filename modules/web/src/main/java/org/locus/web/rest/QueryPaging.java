package org.locus.web.rest;

import java.util.Map;

/**
 * The {@code first} and {@code size} query parameters of a paged list, read by hand so that a wrong
 * one is named in a 400 rather than the 404 Jakarta REST gives for a parameter it cannot convert.
 *
 * @param first how many to skip, 0 when absent
 * @param size  how many to answer, 1 to {@link #MAX_SIZE}, {@link #DEFAULT_SIZE} when absent
 */
record QueryPaging(int first, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    /** The paging asked for; a wrong parameter is put in {@code errors} (and the paging is then of no use). */
    static QueryPaging read(String first, String size, Map<String, String> errors) {
        Integer firstIndex = wholeNumber(first, 0);
        if (firstIndex == null || firstIndex < 0) {
            errors.put("first", "First must be a whole number, 0 or more");
        }
        Integer pageSize = wholeNumber(size, DEFAULT_SIZE);
        if (pageSize == null || pageSize < 1 || pageSize > MAX_SIZE) {
            errors.put("size", "Size must be a whole number from 1 to " + MAX_SIZE);
        }
        return new QueryPaging(firstIndex == null ? 0 : firstIndex, pageSize == null ? DEFAULT_SIZE : pageSize);
    }

    private static Integer wholeNumber(String value, int absent) {
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
