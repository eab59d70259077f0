package org.locus.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic's migration on a real database: H2 by default, PostgreSQL with {@code -Ddb=postgresql}
 * (as the container tests; {@code -Ddb.url}, {@code -Ddb.user}, password in {@code PGPASSWORD}), each
 * test in a database (H2) or schema (PostgreSQL) of its own. The tables refuse what the entities never write, so a bug elsewhere
 * cannot leave a finding without a tag or a playback sent back without what to revise.
 */
class DiagnosticTablesTest {

    private final boolean postgresql = "postgresql".equals(System.getProperty("locus.db"));
    private final String schema = "diagnostic_test_" + UUID.randomUUID().toString().substring(0, 8);
    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = postgresql ? System.getProperty("locus.db.url") : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = postgresql ? System.getProperty("locus.db.user") : "sa";
        String password = postgresql ? System.getenv().getOrDefault("PGPASSWORD", "") : "";
        var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration/diagnostic");
        (postgresql ? flyway.schemas(schema) : flyway).load().migrate();
        db = DriverManager.getConnection(url, user, password);
        if (postgresql) {
            db.setSchema(schema);
        }
        execute("insert into diagnostic_engagement (engagement_id, survey_run, version) values ('e-1', true, 1)");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db != null) {
            execute(postgresql ? "drop schema " + schema + " cascade" : "drop all objects");
            db.close();
        }
    }

    @Test
    void indexesEveryTableByEngagement() throws SQLException {
        for (String table : List.of("diagnostic_participant", "diagnostic_interview", "diagnostic_survey_response",
                "diagnostic_finding", "diagnostic_playback")) {
            assertThat(firstIndexedColumns(table)).as("an index of %s starting with engagement_id", table)
                    .contains("engagement_id");
        }
    }

    @Test
    void keepsAFindingWithItsTagAndRefusesAnUnknownTag() throws SQLException {
        execute(finding(1, "'DISSONANCE'"));

        assertRefused(() -> execute(finding(2, "'GOSSIP'")));
        assertRefused(() -> execute(finding(3, "null")));
    }

    @Test
    void refusesTwoFindingsWithTheSameNumber() throws SQLException {
        execute(finding(1, "'POLITICS'"));

        assertRefused(() -> execute(finding(1, "'WHAT_WORKS'")));
    }

    @Test
    void refusesAnObservationThatEndsBeforeItBegan() throws SQLException {
        execute(interview("i-1", "'2026-11-30'", "'2026-12-01'"));

        assertRefused(() -> execute(interview("i-2", "'2026-11-30'", "'2026-11-29'")));
    }

    @Test
    void refusesARatingOutsideOneToFive() throws SQLException {
        execute(surveyResponse("r-1", 5));

        assertRefused(() -> execute(surveyResponse("r-2", 6)));
        assertRefused(() -> execute(surveyResponse("r-3", 0)));
    }

    @Test
    void refusesFindingsSentBackWithoutWhatToRevise() throws SQLException {
        execute(playback(0, "true", "null"));
        execute(playback(1, "false", "'Say more about partners.'"));

        assertRefused(() -> execute(playback(2, "false", "null")));
    }

    @Test
    void refusesTheSameParticipantTwiceInOnePlan() throws SQLException {
        execute(participant(0, "cllr ada hale"));

        assertRefused(() -> execute(participant(1, "cllr ada hale")));
    }

    private static String finding(int number, String tag) {
        return "insert into diagnostic_finding (id, engagement_id, finding_number, finding_text, tag, recorded_by, recorded_at)"
                + " values ('" + UUID.randomUUID() + "', 'e-1', " + number + ", 'Leaders talk past each other.', " + tag
                + ", 'priya', timestamp with time zone '2026-12-02 10:00:00+00')";
    }

    private static String interview(String id, String heldOn, String heldUntil) {
        return "insert into diagnostic_interview (id, engagement_id, kind, held_on, held_until, interviewer, notes, recorded_by, recorded_at)"
                + " values ('" + id + "', 'e-1', 'OBSERVATION', date " + heldOn + ", date " + heldUntil
                + ", 'sam', 'Cabinet met', 'sam', timestamp with time zone '2026-12-02 10:00:00+00')";
    }

    private static String surveyResponse(String id, int sharedStory) {
        return "insert into diagnostic_survey_response (id, engagement_id, top_teams_work_together, talk_about_politics,"
                + " lead_the_place, partners_work_together, shared_story, recorded_by, recorded_at)"
                + " values ('" + id + "', 'e-1', 3, 3, 3, 3, " + sharedStory + ", 'priya', timestamp with time zone '2026-12-02 10:00:00+00')";
    }

    private static String playback(int index, String validated, String revisions) {
        return "insert into diagnostic_playback (engagement_id, list_index, played_back_on, validated, revisions, recorded_by, recorded_at)"
                + " values ('e-1', " + index + ", date '2026-12-01', " + validated + ", " + revisions
                + ", 'priya', timestamp with time zone '2026-12-02 10:00:00+00')";
    }

    private static String participant(int index, String nameKey) {
        return "insert into diagnostic_participant (engagement_id, list_index, leader_name, name_key, participant_group, job_title, organisation)"
                + " values ('e-1', " + index + ", 'Cllr Ada Hale', '" + nameKey + "', 'POLITICAL', 'Leader of the council', 'Northshire Council')";
    }

    /** The first column of each index of the table, in lower case. */
    private List<String> firstIndexedColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        String name = postgresql ? table : table.toUpperCase(Locale.ROOT);
        String inSchema = postgresql ? schema : "PUBLIC";
        try (ResultSet indexes = db.getMetaData().getIndexInfo(null, inSchema, name, false, false)) {
            while (indexes.next()) {
                if (indexes.getShort("ORDINAL_POSITION") == 1) {
                    columns.add(indexes.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable insert) {
        assertThatThrownBy(insert).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
    }
}
