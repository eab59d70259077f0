package org.locus.web.diagram;

import java.time.Duration;

/** A duration in the two largest units that say it ("3 days 4 hours", "25 minutes", "40 seconds"), as people read it. */
public final class TimeSpent {

    private TimeSpent() {
    }

    public static String text(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            long seconds = duration.toSeconds();
            return seconds < 1 ? "under a second" : plural(seconds, "second");
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return hours > 0 ? plural(days, "day") + " " + plural(hours, "hour") : plural(days, "day");
        }
        if (hours > 0) {
            return mins > 0 ? plural(hours, "hour") + " " + plural(mins, "minute") : plural(hours, "hour");
        }
        return plural(mins, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
