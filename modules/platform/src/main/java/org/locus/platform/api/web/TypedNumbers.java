package org.locus.platform.api.web;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers as people type them into a text input: spaces around them, thousands separators,
 * a pound sign. The form keeps the text itself, so a number it cannot read is shown back unchanged
 * with an error message beside it.
 */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /** Empty if nothing was typed. */
    public static Optional<Integer> wholeNumber(String typed) throws NumberFormatException {
        String text = cleaned(typed);
        return text.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(text));
    }

    /** Empty if nothing was typed. */
    public static Optional<BigDecimal> poundsAndPence(String typed) throws NumberFormatException {
        String text = cleaned(typed);
        if (text.startsWith("\u00a3")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // A minus is read, so that the constraint says what is wrong with it ("must be 0 or more").
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException("Not an amount: " + typed);
        }
        return Optional.of(new BigDecimal(text));
    }

    private static String cleaned(String typed) {
        return typed == null ? "" : typed.strip().replace(",", "").replace(" ", "");
    }
}
