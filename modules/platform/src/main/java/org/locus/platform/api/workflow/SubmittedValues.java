package org.locus.platform.api.workflow;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.web.FormFields;

/**
 * The values a person sent to complete or save a task, as they saw them, kept in the engine's history with the
 * task so the auditors' timeline can show them: each leaf of the command's record by its field path
 * ({@code politicalSponsor.name}, {@code enablers[1]}), the component of the form that showed it (so the
 * timeline finds its label on the form's page), and the value written as the form shows it (Yes and No, GOV.UK
 * dates, an enum's label). Empty values are left out: the form showed nothing.
 */
public record SubmittedValues(List<Value> values) {

    /** Longer text is cut here: the engine keeps a string of at most 4000 characters, and the record has it all. */
    static final int LONGEST = 4000;

    public SubmittedValues {
        values = List.copyOf(values);
    }

    /**
     * @param field     the field path as the service names it
     * @param component the form's component that showed it, or null when it came over the API
     * @param text      the value as the form shows it
     */
    public record Value(String field, String component, String text) {
    }

    /** The leaves of a command's record, each with the component a form names for it (none: {@code FormFields} empty). */
    public static SubmittedValues of(Object command, Map<String, String> components) {
        FormFields fields = new FormFields(components);
        List<Value> values = new ArrayList<>();
        flatten("", command, fields, values);
        return new SubmittedValues(values);
    }

    private static void flatten(String path, Object value, FormFields fields, List<Value> into) {
        if (value == null) {
            return;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent part : value.getClass().getRecordComponents()) {
                flatten(path.isEmpty() ? part.getName() : path + "." + part.getName(), read(part, value), fields, into);
            }
            return;
        }
        if (value instanceof Collection<?> many) {
            int index = 0;
            for (Object one : many) {
                flatten(path + "[" + index++ + "]", one, fields, into);
            }
            return;
        }
        String text = text(value);
        if (text == null || text.isBlank()) {
            return;
        }
        into.add(new Value(path, path.isEmpty() ? null : fields.componentFor(path),
                text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "\u2026" : text));
    }

    private static Object read(RecordComponent part, Object record) {
        try {
            return part.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + part.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** A value as the form shows it. */
    static String text(Object value) {
        if (value instanceof Boolean answer) {
            return GovukFormats.yesNo(answer);
        }
        if (value instanceof LocalDate date) {
            return GovukFormats.date(date);
        }
        if (value instanceof Instant instant) {
            return GovukFormats.dateTime(instant);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return label(constant);
        }
        return value.toString();
    }

    /** An enum's own {@code label()} where it has one (the forms' choices use it), else its name in words. */
    private static String label(Enum<?> constant) {
        try {
            Object label = constant.getClass().getMethod("label").invoke(constant);
            if (label instanceof String text) {
                return text;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // No label of its own: its name will do.
        }
        String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
