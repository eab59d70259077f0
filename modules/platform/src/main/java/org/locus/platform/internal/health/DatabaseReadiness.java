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
import org.locus.platform.internal.schema.DatabaseInUse;

/** Ready when a connection from the shared data source answers within two seconds; names the database kind in use. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

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
            DatabaseInUse database = DatabaseInUse.of(connection);
            // The kind (and version) the connection reports, so that a look at /health/ready shows which
            // database this server really uses; never where it is or who signs in.
            return HealthCheckResponse.named("database").status(connection.isValid(2))
                    .withData("kind", database.kind()).withData("version", database.version()).build();
        } catch (SQLException e) {
            // Anyone may read /health/ready: the driver's words (class names, hosts) go to the log only.
            LOG.log(Level.WARNING, "The database does not answer", e);
            return HealthCheckResponse.named("database").down().withData("error", "The database does not answer").build();
        }
    }
}
