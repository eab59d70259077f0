package org.locus.platform.api.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Radio, checkbox and select choices as the GOV.UK components take them: label to value, in the
 * order shown. The values are the typed answers themselves (Boolean, an enum), so the bound property
 * gets the answer and nothing parses a string again.
 */
public final class Choices {

    private Choices() {
    }

    public static Map<String, Object> yesNo() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Yes", Boolean.TRUE);
        items.put("No", Boolean.FALSE);
        return items;
    }

    /** Each of the constants, in the order given, labelled by {@code label}. */
    @SafeVarargs
    public static <E extends Enum<E>> Map<String, Object> of(Function<E, String> label, E... constants) {
        Map<String, Object> items = new LinkedHashMap<>();
        for (E constant : constants) {
            items.put(label.apply(constant), constant);
        }
        return items;
    }
}
