package org.locus.platform.internal.web.govuk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locus.platform.internal.web.govuk.GovukMarkup.DatePart;

/**
 * Reads a date typed into GOV.UK's three date fields, with GOV.UK's error messages: "… must include
 * a month", "… must be a real date", "Year must include 4 numbers". A date left blank is no date
 * (null), so that the service says what it needs ("Enter the date …").
 *
 * @param date    the date, or null if it was left blank or is wrong
 * @param problem the error message, or null
 * @param wrong   the parts to show in the error state
 */
public record DateEntry(LocalDate date, String problem, Set<DatePart> wrong) {

    public DateEntry {
        wrong = wrong.isEmpty() ? Set.of() : Set.copyOf(wrong);
    }

    public boolean isWrong() {
        return problem != null;
    }

    /**
     * @param subject what the date is, as an error message begins ("Date the political sponsor signed off")
     */
    public static DateEntry read(String day, String month, String year, String subject) {
        String d = trim(day);
        String m = trim(month);
        String y = trim(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return new DateEntry(null, null, Set.of());
        }
        Set<DatePart> missing = EnumSet.noneOf(DatePart.class);
        if (d.isEmpty()) {
            missing.add(DatePart.DAY);
        }
        if (m.isEmpty()) {
            missing.add(DatePart.MONTH);
        }
        if (y.isEmpty()) {
            missing.add(DatePart.YEAR);
        }
        if (!missing.isEmpty()) {
            return wrong(sentenceStart(subject) + " must include a " + names(missing), missing);
        }
        Integer dayNumber = number(d);
        Integer monthNumber = monthNumber(m);
        if (dayNumber == null || monthNumber == null || !y.chars().allMatch(Character::isDigit)) {
            return wrong(sentenceStart(subject) + " must be a real date", EnumSet.allOf(DatePart.class));
        }
        if (y.length() != 4) {
            return wrong("Year must include 4 numbers", EnumSet.of(DatePart.YEAR));
        }
        try {
            return new DateEntry(LocalDate.of(Integer.parseInt(y), monthNumber, dayNumber), null, Set.of());
        } catch (DateTimeException notReal) {
            return wrong(sentenceStart(subject) + " must be a real date", EnumSet.allOf(DatePart.class));
        }
    }

    /** What a date's error messages begin with, made from its legend when no subject is given. */
    public static String subjectOf(String subject, String legend) {
        if (subject != null && !subject.isBlank()) {
            return subject.strip();
        }
        String fromLegend = legend == null ? "" : legend.strip().replaceAll("[?.:]+$", "");
        return fromLegend.isEmpty() ? "The date" : fromLegend;
    }

    private static DateEntry wrong(String problem, Set<DatePart> parts) {
        return new DateEntry(null, problem, parts);
    }

    private static String names(Set<DatePart> parts) {
        List<String> names = new ArrayList<>(3);
        parts.forEach(part -> names.add(part.name().toLowerCase(Locale.ROOT)));
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static Integer number(String digits) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** A month as a number, or as its English name or short name ("March", "mar"), as GOV.UK advises accepting. */
    private static Integer monthNumber(String month) {
        Integer number = number(month);
        if (number != null) {
            return number >= 1 && number <= 12 ? number : null;
        }
        for (Month candidate : Month.values()) {
            String full = candidate.getDisplayName(TextStyle.FULL, Locale.UK);
            if (full.equalsIgnoreCase(month) || full.substring(0, 3).equalsIgnoreCase(month)
                    || candidate.getDisplayName(TextStyle.SHORT, Locale.UK).equalsIgnoreCase(month)) {
                return candidate.getValue();
            }
        }
        return null;
    }

    private static String sentenceStart(String subject) {
        String s = subject == null || subject.isBlank() ? "The date" : subject.strip();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
