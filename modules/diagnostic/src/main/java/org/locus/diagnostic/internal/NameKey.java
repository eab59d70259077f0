package org.locus.diagnostic.internal;

import java.util.Locale;

/**
 * Leaders' names compared as intake compares them: in any case or spacing, "Cllr Ada Hale" and
 * " cllr  ada hale" are one leader.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }

    /** Single spaces, none at either end; blank becomes empty. */
    static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
