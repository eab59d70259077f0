package org.locus.platform.internal.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a connection from the shared data source answers within two seconds. Anyone may read
 * /health/ready, so the answer is the check's name and UP or DOWN, nothing more: which database, where,
 * and why it failed go to the server log (the kind and version in use are logged at start, see DatabaseInUse).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    static final String NAME = "database";

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected DatabaseReadiness() {
        this.dataSource = null;
    }

    @Inject
    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            if (!valid) {
                LOG.warning("The database does not answer: its connection is not valid within 2 seconds");
            }
            return Health.of(NAME, valid);
        } catch (SQLException | RuntimeException e) {
            // The driver's words (hosts, ports, SQL states) go to the log only.
            LOG.log(Level.WARNING, "The database does not answer", e);
            return Health.of(NAME, false);
        }
    }
}
