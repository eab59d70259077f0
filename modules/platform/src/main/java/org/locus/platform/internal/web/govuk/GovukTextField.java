package org.locus.platform.internal.web.govuk;

import java.util.Map;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.BigIntegerConverter;
import jakarta.faces.convert.ByteConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.FloatConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.NumberConverter;
import jakarta.faces.convert.ShortConverter;

/**
 * A field typed as text (an input or a textarea): trimmed, converted by the page's converter or by
 * the type of the bound property, with GOV.UK's wording when a number is not a number.
 */
abstract class GovukTextField extends GovukField {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(IntegerConverter.class, LongConverter.class,
            ShortConverter.class, ByteConverter.class, BigIntegerConverter.class);
    private static final Set<Class<?>> NUMBERS = Set.of(DoubleConverter.class, FloatConverter.class,
            BigDecimalConverter.class, NumberConverter.class);

    @Override
    Object submittedFrom(Map<String, String> parameters, Map<String, String[]> parameterValues, String name) {
        String value = parameters.get(name);
        return value == null ? "" : value;
    }

    /** Whether to keep what was typed exactly as it is (a password), rather than trimmed. */
    boolean keepsWhitespace() {
        return false;
    }

    @Override
    protected Object getConvertedValue(FacesContext context, Object submitted) {
        if (!(submitted instanceof String text)) {
            return submitted;
        }
        String value = keepsWhitespace() ? text : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Converter<?> converter = converter(context);
        if (converter == null) {
            return value;
        }
        try {
            return converter.getAsObject(context, this, value);
        } catch (ConverterException e) {
            throw new ConverterException(error(messageFor(converter, e)));
        }
    }

    /** What to show in the field: what was typed if it did not convert, else the current value. */
    String displayValue(FacesContext context) {
        Object submitted = getSubmittedValue();
        if (submitted != null) {
            return submitted.toString();
        }
        Object value = getValue();
        if (value == null || value instanceof String) {
            return (String) value;
        }
        @SuppressWarnings("unchecked")
        Converter<Object> converter = (Converter<Object>) converter(context);
        if (converter == null) {
            converter = context.getApplication().createConverter(value.getClass());
        }
        return converter == null ? value.toString() : converter.getAsString(context, this, value);
    }

    private Converter<?> converter(FacesContext context) {
        Converter<?> converter = getConverter();
        if (converter != null) {
            return converter;
        }
        Class<?> type = valueType(context);
        if (type == null || type == Object.class || type == String.class) {
            return null;
        }
        return context.getApplication().createConverter(type);
    }

    private String messageFor(Converter<?> converter, ConverterException e) {
        String subject = DateEntry.subjectOf(attribute("errorSubject"), attribute("label"));
        if (WHOLE_NUMBERS.contains(converter.getClass())) {
            return subject + " must be a whole number";
        }
        if (NUMBERS.contains(converter.getClass())) {
            return subject + " must be a number";
        }
        FacesMessage own = e.getFacesMessage();
        if (own != null && own.getSummary() != null) {
            return own.getSummary();
        }
        return subject + " is not in the right format";
    }
}
