package org.locus.platform.internal.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A UTC clock that reads the engine's clock ({@link ClockUtil}): the system's time unless a test has
 * set or moved the engine's, and then the time the test set, in step with the engine's due dates and timers.
 */
final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Locus keeps instants; a zone is only for display, which never asks the clock.
        throw new UnsupportedOperationException("Locus's clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
