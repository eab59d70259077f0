package org.locus.platform.api.error;

import java.sql.SQLException;

/**
 * Recognises a database's refusal of a duplicate key, however the persistence provider wraps it:
 * two requests that add the same new thing at the same moment both pass their checks, and one of
 * them meets the unique constraint when its rows are written.
 */
public final class UniqueViolation {

    /** The SQL standard's state for a unique or primary key violation (PostgreSQL and H2 both use it). */
    static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (SQL_STATE.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
