package org.locus.platform.internal.web.govuk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML reduced to what a browser and a screen reader see: tags with their attributes in a fixed
 * order, and text with its whitespace collapsed, so that two renderings compare equal when they
 * differ only in layout (GOV.UK's Nunjucks output is indented; ours is not).
 */
final class Markup {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z0-9]+)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>|([^<]+)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>/]+)(?:=\"([^\"]*)\")?");

    private Markup() {
    }

    static List<String> canonical(String html) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(html);
        while (m.find()) {
            if (m.group(4) != null) {
                String text = decode(m.group(4)).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    tokens.add("text:" + text);
                }
            } else if (!m.group(1).isEmpty()) {
                tokens.add("</" + m.group(2) + ">");
            } else {
                Map<String, String> attributes = new TreeMap<>();
                Matcher a = ATTRIBUTE.matcher(m.group(3));
                while (a.find()) {
                    String value = a.group(2) == null ? "" : decode(a.group(2));
                    if (a.group(1).equals("class")) {
                        value = String.join(" ", new java.util.TreeSet<>(List.of(value.trim().split("\\s+"))));
                    }
                    attributes.put(a.group(1), value);
                }
                tokens.add("<" + m.group(2) + " " + attributes + ">");
            }
        }
        return tokens;
    }

    private static String decode(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
