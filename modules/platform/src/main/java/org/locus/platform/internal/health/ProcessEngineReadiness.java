package org.locus.platform.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.locus.platform.internal.engine.ProcessEngineLifecycle;

/** Ready when the engine has started and can read its own tables. */
@Readiness
@ApplicationScoped
public class ProcessEngineReadiness implements HealthCheck {

    private final ProcessEngineLifecycle engine;

    /** For the CDI proxy only. */
    protected ProcessEngineReadiness() {
        this.engine = null;
    }

    @Inject
    ProcessEngineReadiness(ProcessEngineLifecycle engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean up = engine.isRunning() && engine.deployedProcessCount() >= 0;
            return HealthCheckResponse.named("process-engine").status(up).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
