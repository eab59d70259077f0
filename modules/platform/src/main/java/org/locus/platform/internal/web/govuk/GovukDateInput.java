package org.locus.platform.internal.web.govuk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

import org.locus.platform.internal.web.govuk.GovukMarkup.DatePart;

/**
 * GOV.UK date input ({@code govukDateInput}) bound to a {@link LocalDate}; attributes: label (the
 * legend), hint, and optionally errorSubject, what its error messages begin with ("Date the
 * political sponsor signed off"; the legend without its question mark otherwise).
 */
@FacesComponent(value = GovukDateInput.TYPE, createTag = true, tagName = "dateInput", namespace = GovukField.NAMESPACE)
public class GovukDateInput extends GovukField {

    public static final String TYPE = "org.locus.govuk.DateInput";

    /**
     * The three fields as typed. Serializable: after an error it is the field's submitted value, kept
     * in the view's state until the next send, and Faces restores state only of serializable values.
     */
    record Typed(String day, String month, String year) implements Serializable {
    }

    @Override
    Object submittedFrom(Map<String, String> parameters, Map<String, String[]> parameterValues, String name) {
        return new Typed(parameters.get(name + "-day"), parameters.get(name + "-month"), parameters.get(name + "-year"));
    }

    @Override
    protected Object getConvertedValue(FacesContext context, Object submitted) {
        if (!(submitted instanceof Typed typed)) {
            return submitted;
        }
        DateEntry entry = read(typed);
        if (entry.isWrong()) {
            throw new ConverterException(error(entry.problem()));
        }
        return entry.date();
    }

    @Override
    String markup(FacesContext context, GovukMarkup.Field field) {
        GovukMarkup.DateFields fields;
        if (getSubmittedValue() instanceof Typed typed) {
            DateEntry entry = read(typed);
            fields = new GovukMarkup.DateFields(typed.day(), typed.month(), typed.year(), wrongParts(field, entry));
        } else {
            LocalDate date = getValue() instanceof LocalDate value ? value : null;
            fields = date == null
                    ? new GovukMarkup.DateFields(null, null, null, wrongParts(field, null))
                    : new GovukMarkup.DateFields(String.valueOf(date.getDayOfMonth()),
                            String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()), wrongParts(field, null));
        }
        return GovukMarkup.dateInput(field, fields);
    }

    /** The parts a conversion error names; for any other error (such as "must be in the past") the whole date. */
    private static Set<DatePart> wrongParts(GovukMarkup.Field field, DateEntry entry) {
        if (!field.hasError()) {
            return Set.of();
        }
        return entry != null && entry.isWrong() ? entry.wrong() : EnumSet.allOf(DatePart.class);
    }

    private DateEntry read(Typed typed) {
        return DateEntry.read(typed.day(), typed.month(), typed.year(),
                DateEntry.subjectOf(attribute("errorSubject"), attribute("label")));
    }
}
