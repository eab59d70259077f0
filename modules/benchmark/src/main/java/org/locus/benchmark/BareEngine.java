package org.locus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Camunda engines inside the benchmark's JVM, on the benchmark's database: the bare engine that the
 * HTTP figures are compared with, and a reader of Locus's own engine tables for the "before" figure of
 * the tasklist.
 */
final class BareEngine {

    private BareEngine() {
    }

    /**
     * An engine set up as Locus sets up its own (full history, strong UUIDs, no authorization checks),
     * with nothing around it: its own schema, the diagrams from bpmn/, a plain team bean, no job executor.
     */
    static ProcessEngine bare(Settings settings) {
        if (settings.bareOnLocusTables()) {
            return bareOnLocusTables(settings);
        }
        StandaloneProcessEngineConfiguration configuration = bareConfiguration(settings, "bare");
        configuration.setJdbcUrl(settings.jdbcUrl() + "?currentSchema=" + Settings.BARE_ENGINE_SCHEMA);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJdbcMaxActiveConnections(settings.clients() + 4);
        ProcessEngine engine = configuration.buildProcessEngine();
        // The index Locus adds to its engine's tables (EngineIndexes), so the two differ only in what is around them.
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists LOCUS_IDX_TASK_PARENT on " + Settings.BARE_ENGINE_SCHEMA
                    + ".ACT_RU_TASK (PARENT_TASK_ID_)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot index the bare engine's ACT_RU_TASK", e);
        }
        deploy(engine, settings.bpmn());
        return engine;
    }

    /**
     * The bare engine on the very tables Locus's engine left, once the server has stopped: the same open
     * engagements, the same indexes, the same database, and nothing of the application around it (no
     * tasklist listener, no domain rows, no HTTP, no security). It deploys the same diagrams, with a plain
     * team bean for the diagnostic's assignees, and starts its engagements from that deployment.
     */
    private static ProcessEngine bareOnLocusTables(Settings settings) {
        StandaloneProcessEngineConfiguration configuration = common(settings, "bare");
        configuration.setJdbcUrl(settings.jdbcUrl());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setJdbcMaxActiveConnections(settings.clients() + 4);
        withBareBeans(configuration);
        ProcessEngine engine = configuration.buildProcessEngine();
        deploy(engine, settings.bpmn());
        return engine;
    }

    /**
     * The same engine on the same tables (created and deployed by {@link #bare} first), but with its
     * transactions managed outside it, as Locus's are by the application server: every command on a
     * thread inside {@link GroupTransactions#inOne} joins that one transaction. For seeding only.
     */
    static ProcessEngine bareInGroups(Settings settings, GroupTransactions transactions) {
        StandaloneProcessEngineConfiguration configuration = bareConfiguration(settings, "bare-seeding");
        configuration.setDataSource(transactions);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setDbMetricsReporterActivate(false);
        return configuration.buildProcessEngine();
    }

    private static StandaloneProcessEngineConfiguration bareConfiguration(Settings settings, String name) {
        StandaloneProcessEngineConfiguration configuration = common(settings, name);
        // Its tables are created in that schema (the connection's current one) and every statement names
        // it, so the bare engine never sees Locus's tables in the public schema.
        configuration.setDatabaseSchema(Settings.BARE_ENGINE_SCHEMA);
        configuration.setDatabaseTablePrefix(Settings.BARE_ENGINE_SCHEMA + ".");
        withBareBeans(configuration);
        return configuration;
    }

    /** Strong UUIDs as Locus's engine has, and the one bean the diagrams name, {@link BareTeam}. */
    private static void withBareBeans(StandaloneProcessEngineConfiguration configuration) {
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(Map.<Object, Object>of(BareTeam.BEAN_NAME, new BareTeam()));
    }

    /**
     * An engine that only reads Locus's engine tables (the public schema), to time the engine's own
     * candidate-group query on the seeded database. It changes no tables and runs no jobs.
     */
    static ProcessEngine readerOfLocus(Settings settings) {
        StandaloneProcessEngineConfiguration configuration = common(settings, "locus-reader");
        configuration.setJdbcUrl(settings.jdbcUrl());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setJdbcMaxActiveConnections(2);
        return configuration.buildProcessEngine();
    }

    private static StandaloneProcessEngineConfiguration common(Settings settings, String name) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(settings.dbUser());
        configuration.setJdbcPassword(settings.dbPassword());
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setAuthorizationEnabled(false);
        configuration.setJobExecutorActivate(false);
        return configuration;
    }

    /** Every diagram and decision in bpmn/, as Locus deploys them: the map and each stage's own. */
    private static void deploy(ProcessEngine engine, Path bpmn) {
        var deployment = engine.getRepositoryService().createDeployment().name("locus-benchmark").enableDuplicateFiltering(true);
        try (var files = Files.list(bpmn)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn")).sorted().toList()) {
                deployment.addString(file.getFileName().toString(), Files.readString(file));
            }
            deployment.deploy();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the diagrams in " + bpmn, e);
        }
    }
}
