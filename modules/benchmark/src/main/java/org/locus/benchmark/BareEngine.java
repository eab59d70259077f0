package org.locus.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
     * with nothing around it: its own schema, the diagrams from bpmn/, no-op delegates, no job executor.
     */
    static ProcessEngine bare(Settings settings) {
        StandaloneProcessEngineConfiguration configuration = common(settings, "bare");
        configuration.setJdbcUrl(settings.jdbcUrl() + "?currentSchema=" + Settings.BARE_ENGINE_SCHEMA);
        // Its tables are created in that schema (the connection's current one) and every statement names
        // it, so the bare engine never sees Locus's tables in the public schema.
        configuration.setDatabaseSchema(Settings.BARE_ENGINE_SCHEMA);
        configuration.setDatabaseTablePrefix(Settings.BARE_ENGINE_SCHEMA + ".");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setIdGenerator(new StrongUuidGenerator());
        JavaDelegate nothing = execution -> { };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("recordReferral", nothing);
        beans.put("recordAgreedEngagement", nothing);
        configuration.setBeans(beans);
        configuration.setJdbcMaxActiveConnections(settings.clients() + 4);
        ProcessEngine engine = configuration.buildProcessEngine();
        deploy(engine, settings.bpmn());
        return engine;
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

    private static void deploy(ProcessEngine engine, Path bpmn) {
        try (InputStream process = Files.newInputStream(bpmn.resolve("engagement.bpmn"));
             InputStream decision = Files.newInputStream(bpmn.resolve("intake-fit.dmn"))) {
            engine.getRepositoryService().createDeployment()
                    .name("locus-benchmark")
                    .addInputStream("engagement.bpmn", process)
                    .addInputStream("intake-fit.dmn", decision)
                    .enableDuplicateFiltering(true)
                    .deploy();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the diagrams in " + bpmn, e);
        }
    }
}
