package org.locus.web.diagram;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locus.platform.api.error.InvalidRequestException;

/**
 * The days a process's heat is taken over, both included: a number of days up to today, or two dates chosen.
 * Days are UTC days, as the engine's clock keeps them.
 */
public record HeatPeriod(LocalDate from, LocalDate to) {

    /** The longest period: a history much longer than a year says more in two views than in one. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 30;

    public static HeatPeriod lastDays(int days, LocalDate today) {
        return new HeatPeriod(today.minusDays(days - 1L), today);
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first moment after it. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Reads {@code from} and {@code to} as ISO dates ({@code 2026-12-01}); both absent is the last 30 days.
     *
     * @throws InvalidRequestException naming each parameter that is wrong
     */
    public static HeatPeriod parse(String from, String to, LocalDate today) {
        if (blank(from) && blank(to)) {
            return lastDays(DEFAULT_DAYS, today);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = iso("from", from, errors);
        LocalDate end = iso("to", to, errors);
        return checked(start, end, errors);
    }

    /** A date from GOV.UK's three boxes; null with an error under {@code field} when they make no real date. */
    public static LocalDate fromParts(String field, String label, String day, String month, String year, Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            errors.put(field, "Enter the " + label);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                errors.put(field, capitalised(label) + " must include a year with 4 numbers");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, capitalised(label) + " must be a real date");
            return null;
        }
    }

    /**
     * The period between two dates read already (either may be null after an error), checked: the end not
     * before the start, not longer than {@link #MAX_DAYS}.
     */
    public static HeatPeriod checked(LocalDate start, LocalDate end, Map<String, String> errors) {
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.put("to", "The end date must be the same as or after the start date");
            } else if (start.plusDays(MAX_DAYS).isBefore(end.plusDays(1))) {
                errors.put("to", "The period must be " + MAX_DAYS + " days or shorter");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some dates are wrong", errors);
        }
        return new HeatPeriod(start, end);
    }

    private static LocalDate iso(String field, String value, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(field, capitalised(field) + " must be a date such as 2026-12-01");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, capitalised(field) + " must be a real date such as 2026-12-01");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
