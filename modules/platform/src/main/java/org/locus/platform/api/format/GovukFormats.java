package org.locus.platform.api.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Values as GOV.UK's style guide writes them: "5 March 2026", "5 March 2026 at 2:15pm", "£12,500",
 * "Yes". Times are shown in UK time, whatever the server's zone.
 */
public final class GovukFormats {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private GovukFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? null : date(instant.atZone(UK).toLocalDate());
    }

    /** "5 March 2026 at 2:15pm"; GOV.UK writes midday and midnight as words. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return null;
        }
        var time = instant.atZone(UK);
        String clock;
        if (time.getHour() == 12 && time.getMinute() == 0) {
            clock = "midday";
        } else if (time.getHour() == 0 && time.getMinute() == 0) {
            clock = "midnight";
        } else {
            clock = TIME.format(time).toLowerCase(Locale.UK).replace(":00", "");
        }
        return date(time.toLocalDate()) + " at " + clock;
    }

    /** Pounds, with pence only when there are some: "£12,500", "£12,500.50". */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        boolean wholePounds = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(wholePounds ? 0 : 2);
        format.setMaximumFractionDigits(wholePounds ? 0 : 2);
        return "£" + format.format(amount.setScale(wholePounds ? 0 : 2, RoundingMode.HALF_UP));
    }

    public static String yesNo(Boolean answer) {
        if (answer == null) {
            return null;
        }
        return answer ? "Yes" : "No";
    }
}
