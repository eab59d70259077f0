package org.locus.platform.internal.web.govuk;

import java.util.Set;

/**
 * Builds an HTML fragment, escaping every attribute value and every piece of text, so that what a
 * person typed can never become markup. Attributes whose value is null are left out.
 */
final class HtmlWriter {

    /** Attributes written bare ({@code checked}) when their value is the empty string. */
    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("checked", "selected", "hidden", "disabled");

    private final StringBuilder html = new StringBuilder(512);

    /** Opens an element; {@code attributes} are name, value pairs. */
    HtmlWriter open(String element, String... attributes) {
        html.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            html.append(' ').append(name);
            if (!(value.isEmpty() && BOOLEAN_ATTRIBUTES.contains(name))) {
                html.append("=\"").append(escape(value)).append('"');
            }
        }
        html.append('>');
        return this;
    }

    HtmlWriter close(String element) {
        html.append("</").append(element).append('>');
        return this;
    }

    HtmlWriter text(String text) {
        if (text != null) {
            html.append(escape(text));
        }
        return this;
    }

    /** A whole element holding only text. */
    HtmlWriter element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    @Override
    public String toString() {
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
