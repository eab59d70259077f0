package org.locus.platform.api.audit;

import java.util.Map;

/** The before and after values of an entry: a JSON object of text values, in the map's order, escaped as the canonical form escapes. */
public final class AuditJson {

    private AuditJson() {
    }

    public static String object(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(CanonicalForm.json(name)).append(':').append(CanonicalForm.json(value));
        });
        return out.append('}').toString();
    }
}
