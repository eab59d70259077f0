package org.locus.platform.internal.web;

import java.util.regex.Pattern;

/**
 * GOV.UK Frontend's stylesheet without the GDS Transport typeface. That typeface is licensed for
 * GOV.UK services only, which Locus is not; with its {@code @font-face} rules gone and its name out of
 * every font stack, browsers neither fetch it nor try: they use the stack's own fallback (Arial,
 * then any sans-serif), as GOV.UK Frontend does wherever the typeface is switched off.
 */
final class SystemFonts {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*GDS Transport[^}]*}");
    private static final Pattern IN_FONT_STACK = Pattern.compile("[\"']?GDS Transport[\"']?\\s*,\\s*");

    private SystemFonts() {
    }

    static String withoutGdsTransport(String css) {
        return IN_FONT_STACK.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll("");
    }
}
