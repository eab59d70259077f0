package org.locus.platform.api.text;

import java.util.Locale;

/**
 * How names typed by people are tidied and compared: "  northshire " and "Northshire" are the
 * same place. The key is stored beside the name, so lookups use an index on both databases
 * (H2 cannot index an expression such as {@code lower(name)}).
 */
public final class Names {

    private Names() {
    }

    /** The name as it is shown: outer spaces dropped, runs of spaces made one. */
    public static String tidy(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    /** The name as it is compared and looked up, in any case or spacing: "Cllr Ada Hale" and " cllr  ada hale" are one. */
    public static String keyOf(String name) {
        return name == null ? null : tidy(name).toLowerCase(Locale.ROOT);
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Blank text is stored as no text at all. */
    public static String textOrNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
