package org.locus.intake.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Radio and checkbox choices as the GOV.UK components take them (label to value, in the order
 * shown). Values are plain strings, so no converter stands between a choice and the bean.
 */
final class Choices {

    static final String YES = "yes";
    static final String NO = "no";

    private Choices() {
    }

    static Map<String, Object> yesNo() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Yes", YES);
        items.put("No", NO);
        return items;
    }

    /** "yes" is true, "no" is false, anything else (nothing chosen) is null for validation to catch. */
    static Boolean yesOrNo(String choice) {
        if (YES.equals(choice)) {
            return Boolean.TRUE;
        }
        return NO.equals(choice) ? Boolean.FALSE : null;
    }

    static String choiceOf(Boolean answer) {
        if (answer == null) {
            return null;
        }
        return answer ? YES : NO;
    }
}
