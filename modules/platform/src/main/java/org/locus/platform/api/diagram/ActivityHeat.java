package org.locus.platform.api.diagram;

import java.time.Duration;

/**
 * The figures of one activity over a period: how many are open now, how many were finished in the period,
 * and the mean and 90th percentile of the time they took (null when none finished).
 */
public record ActivityHeat(String activityId, String name, long open, long finished, Duration mean, Duration p90) {

    public boolean hasTimes() {
        return finished > 0 && mean != null;
    }
}
