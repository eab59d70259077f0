package org.locus.platform.internal.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock services take the time from: the engine's, so that Locus and the engine agree on "now"
 * (a task's due date, when it is overdue, when a step was recorded) and a container test that moves
 * the engine's clock moves Locus's with it.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new EngineClock();
    }
}
