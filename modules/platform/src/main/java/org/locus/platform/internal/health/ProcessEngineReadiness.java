package org.locus.platform.internal.health;

import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ProcessEngineReadiness.class.getName());

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
            if (!up) {
                LOG.warning("The process engine is not running");
            }
            return Health.of("process-engine", up);
        } catch (RuntimeException e) {
            // Anyone may read /health/ready: the engine's words (class names, SQL) go to the log only.
            LOG.log(Level.WARNING, "The process engine does not answer", e);
            return Health.of("process-engine", false);
        }
    }
}
