package org.locus.platform.internal.timeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One query over the engine's history tables for every process instance of an engagement (the map and each stage's
 * called instance carry its id as business key), for the records the engine's query API cannot select that way
 * (identity links, variable updates, incidents have no business-key filter). The platform owns the engine, so it
 * alone reads its tables; the columns used are those of Camunda's published schema, alike on H2 and PostgreSQL.
 */
@ApplicationScoped
class HistoryRows {

    /** Rows to an entry, or whatever the source needs. */
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    /** For the CDI proxy only. */
    protected HistoryRows() {
        this(null);
    }

    @Inject
    HistoryRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the select, whose only parameter is the engagement's id. */
    <T> List<T> select(String sql, String engagementId, Row<T> row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, engagementId);
            try (ResultSet rows = select.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row.read(rows));
                }
                return read;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the history of engagement " + engagementId, e);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
