package org.locus.platform.internal.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.locus.platform.internal.StartupOrder;

/**
 * Brings the domain tables up to date when the application starts. Each module keeps its migrations
 * in its own jar under {@code db/migration/<module>/}, versioned by timestamp so that modules never
 * clash, and an empty {@code db/migration/flyway.location} beside them so Flyway can find them
 * inside Liberty. The engine's own tables are the engine's business, not Flyway's.
 */
@ApplicationScoped
public class DomainSchema {

    private static final Logger LOG = Logger.getLogger(DomainSchema.class.getName());

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected DomainSchema() {
        this.dataSource = null;
    }

    @Inject
    DomainSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes @Initialized(ApplicationScoped.class) @Priority(StartupOrder.DOMAIN_SCHEMA) Object application) {
        logDatabaseInUse();
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader cannot list a folder; Flyway finds each jar's migrations by the
                // empty db/migration/flyway.location file that every module with migrations ships. Flyway
                // also always looks in db/callback (whatever callbackLocations says), and logs an ERROR on
                // every start when it finds no such file there: the platform ships an empty one.
                .locations("classpath:db/migration")
                .callbackLocations("classpath:db/migration")
                .table("locus_schema_history")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Domain schema at version " + (current == null ? "none" : current.getVersion())
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Says which database this start really uses, from the connection (the configuration's intent is
     * not proof: a server once kept an earlier run's database without a word).
     */
    private void logDatabaseInUse() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseInUse database = DatabaseInUse.of(connection);
            LOG.info(database::describe);
        } catch (SQLException e) {
            // Flyway will fail on the same data source just after and say why; this line only names it.
            LOG.warning(() -> "Could not read which database is in use: " + e.getMessage());
        }
    }
}
