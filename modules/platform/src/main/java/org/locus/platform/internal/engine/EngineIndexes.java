package org.locus.platform.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Indexes the engine's own tables lack for the way Locus uses them. They are created after the
 * engine has created or updated its tables, so they live here and not in a Flyway migration
 * (Flyway runs before the engine starts). Each statement is idempotent.
 */
@ApplicationScoped
class EngineIndexes {

    private static final Logger LOG = Logger.getLogger(EngineIndexes.class.getName());

    /**
     * On every task completion the engine looks for sub-tasks with {@code where PARENT_TASK_ID_ = ?}.
     * Camunda 7.24 indexes that column on SQL Server only, so on PostgreSQL and H2 each completion
     * read the whole of ACT_RU_TASK: 14 to 19 ms at 100,000 open tasks (docs/performance.md).
     */
    static final List<String> STATEMENTS = List.of(
            "create index if not exists LOCUS_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected EngineIndexes() {
        this.dataSource = null;
    }

    @Inject
    EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void ensureCreated() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            // The engine works without them, only slower; a database user without the right to create
            // indexes should not stop Locus from starting.
            LOG.warning(() -> "Could not create the engine's extra indexes: " + e.getMessage());
        }
    }
}
