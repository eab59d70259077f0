package org.locus.platform.internal.health;

import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** A check's answer as anyone may read it: its name and UP or DOWN, never data. */
final class Health {

    private Health() {
    }

    static HealthCheckResponse of(String name, boolean up) {
        return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
