package org.locus.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's PostgreSQL database: made afresh for every run, so figures never depend on what an
 * earlier run left behind. Locus's tables are in its {@code public} schema, the bare engine's in
 * {@value Settings#BARE_ENGINE_SCHEMA}.
 */
final class Database {

    private final Settings settings;

    Database(Settings settings) {
        this.settings = settings;
    }

    /** Drops the benchmark database (closing any session still on it) and creates it empty. */
    void recreate() {
        if (!settings.dbName().matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database name must be a plain lower-case identifier: " + settings.dbName());
        }
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.dbUser(), settings.dbPassword());
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + settings.dbName() + " with (force)");
            statement.execute("create database " + settings.dbName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + settings.dbName() + " on "
                    + settings.dbHost() + ":" + settings.dbPort() + " as " + settings.dbUser(), e);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + Settings.BARE_ENGINE_SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + Settings.BARE_ENGINE_SCHEMA, e);
        }
    }

    Connection connect() {
        try {
            return DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + settings.jdbcUrl(), e);
        }
    }

    String postgresVersion() {
        return queryText("select version()");
    }

    String size() {
        return queryText("select pg_size_pretty(pg_database_size(current_database()))");
    }

    /** Open, unclaimed tasks offered to each group, as the tasklist tables hold them. */
    Map<String, Long> openGroupTasks() {
        return counts("select group_id, count(*) from tasklist_offer where not claimed group by group_id order by group_id");
    }

    /** Open tasks held by a named person (the diagnostic's are assigned, not offered), by person. */
    Map<String, Long> openAssignedTasks() {
        return counts("select assignee, count(*) from tasklist_task where assignee is not null group by assignee order by assignee");
    }

    /**
     * The engagements whose audit chains are longest, longest first: those driven furthest, whose timelines
     * hold the most entries (the chain {@code locus}, of changes without an engagement, is left out).
     */
    List<String> longestAuditChains(int limit) {
        List<String> chains = new ArrayList<>();
        try (Connection connection = connect();
             PreparedStatement select = connection.prepareStatement("select chain_id from audit_chain"
                     + " where chain_id <> 'locus' order by last_position desc, chain_id limit ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    chains.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log's chains", e);
        }
        return chains;
    }

    /** The rows of a {@code select name, count(*) ... group by name}, in order. */
    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the open tasks: " + sql, e);
        }
        return counts;
    }

    /**
     * Open engagements of Locus's engine: the map's process instances. The stages' own processes, which the
     * map calls, are process instances too (with a super execution) and are not counted again.
     */
    long openProcessInstances() {
        return Long.parseLong(queryText("select count(*) from act_ru_execution where parent_id_ is null and super_exec_ is null"));
    }

    /**
     * PostgreSQL's counters for the benchmark database: transactions and rows. The difference over a
     * loop, divided by its completions, shows how much database work one completion costs.
     */
    record Activity(long commits, long rollbacks, long scanned, long fetched, long inserted, long updated, long deleted) {

        Activity minus(Activity before) {
            return new Activity(commits - before.commits, rollbacks - before.rollbacks, scanned - before.scanned,
                    fetched - before.fetched, inserted - before.inserted, updated - before.updated, deleted - before.deleted);
        }

        long written() {
            return inserted + updated + deleted;
        }
    }

    /**
     * The counters now. A session reports its counts when it goes idle for a while (ten seconds at most
     * in PostgreSQL 15), so a loop's figures are read that long after its last request.
     */
    Activity activity() {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select xact_commit, xact_rollback, tup_returned, tup_fetched,"
                     + " tup_inserted, tup_updated, tup_deleted from pg_stat_database where datname = current_database()")) {
            rs.next();
            return new Activity(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read pg_stat_database", e);
        }
    }

    /**
     * Brings the planner's statistics and the visibility map up to date after seeding, as autovacuum
     * would soon after, so the figures are those of a database in its steady state.
     */
    void analyze() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot analyze", e);
        }
    }

    private String queryText(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }
}
