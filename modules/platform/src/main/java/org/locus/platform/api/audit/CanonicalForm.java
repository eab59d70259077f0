package org.locus.platform.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The documented, stable text an audit entry's hash covers, so that anyone can recompute it outside Locus:
 * <pre>
 * locus-audit/1
 * chain: "..."
 * position: 7
 * at: "2026-12-07T15:00:00.123Z"
 * by: "sam"
 * kind: "UPDATED"
 * subject: "intake.Engagement"
 * subjectId: "..."
 * engagement: "..."        (or null)
 * before: "{...}"          (or null)
 * after: "{...}"           (or null)
 * </pre>
 * Lines end in one {@code \n}, the last one too; each value is a JSON string, escaped exactly as {@code jq}'s
 * {@code tojson} escapes (quote, backslash, {@code \b \f \n \r \t}, other controls and DEL as {@code \\u} and four hex digits,
 * everything else as it is, in UTF-8), or {@code null}. The hash is SHA-256, in lower-case hex, of the previous
 * entry's hash, one {@code \n}, and the canonical form.
 */
public final class CanonicalForm {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private CanonicalForm() {
    }

    public static String of(AuditEntry e) {
        return "locus-audit/1\n"
                + "chain: " + json(e.chain()) + "\n"
                + "position: " + e.position() + "\n"
                + "at: " + json(instant(e.at())) + "\n"
                + "by: " + json(e.by()) + "\n"
                + "kind: " + json(e.kind()) + "\n"
                + "subject: " + json(e.subjectType()) + "\n"
                + "subjectId: " + json(e.subjectId()) + "\n"
                + "engagement: " + json(e.engagementId()) + "\n"
                + "before: " + json(e.before()) + "\n"
                + "after: " + json(e.after()) + "\n";
    }

    /** The hash of an entry with this canonical form after the entry whose hash is {@code prevHash}. */
    public static String hash(String prevHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((prevHash + "\n" + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Milliseconds, always three digits, as every database keeps them. */
    public static String instant(Instant at) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        String text = INSTANT.format(millis);
        return millis.getNano() == 0 ? text.replace("Z", ".000Z") : text;
    }

    /** A JSON string (or null), escaped as jq's {@code tojson} escapes it. */
    public static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
