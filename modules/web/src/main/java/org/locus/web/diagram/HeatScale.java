package org.locus.web.diagram;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * Turns time spent into one of five heat levels (0 coolest, 4 hottest), relative to the slowest activity of the
 * same view, so the colours compare activities within one diagram and period. Levels split the range into equal
 * fifths of the slowest mean; an activity with no finished instance has no level.
 */
public final class HeatScale {

    public static final int LEVELS = 5;

    private final long slowestMillis;

    private HeatScale(long slowestMillis) {
        this.slowestMillis = slowestMillis;
    }

    public static HeatScale over(Collection<Duration> means) {
        return new HeatScale(means.stream().filter(Objects::nonNull).mapToLong(Duration::toMillis).max().orElse(0));
    }

    /** The level of a mean time, 0 to 4; -1 when there is none. */
    public int level(Duration mean) {
        if (mean == null) {
            return -1;
        }
        if (slowestMillis <= 0) {
            return 0;
        }
        return (int) Math.min(LEVELS - 1, mean.toMillis() * LEVELS / slowestMillis);
    }

    /** The time at which a level starts, for the legend. */
    public Duration levelStarts(int level) {
        return Duration.ofMillis(slowestMillis * level / LEVELS);
    }
}
