package org.locus.platform.internal.signin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.locus.platform.api.error.UniqueViolation;

/**
 * The {@code signin_attempt} table. Every write is a transaction of its own ({@code REQUIRES_NEW}): a failed
 * sign-in has no other work to join, and its count must stay even when the request it came with fails.
 * A failure is counted by one {@code UPDATE ... failures + 1}, which holds the row's lock until it commits,
 * so failures at the same moment on any node are all counted, one after the other.
 */
@ApplicationScoped
public class SigninAttempts {

    /** What is known of a subject; times in epoch milliseconds, 0 for never. */
    record Attempt(String subject, int failures, long lastFailureMs, long lockedUntilMs, long lastSuccessMs) {
    }

    private final DataSource dataSource;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /** For the CDI proxy only. */
    protected SigninAttempts() {
        this.dataSource = null;
    }

    @Inject
    SigninAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of these subjects, by subject (absent: nothing known). One query, by primary key. */
    @Transactional(TxType.SUPPORTS)
    public Map<String, Attempt> find(Collection<String> subjects) {
        String marks = String.join(",", Collections.nCopies(subjects.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select subject, failures, last_failure_ms,"
                     + " locked_until_ms, last_success_ms from signin_attempt where subject in (" + marks + ")")) {
            int i = 0;
            for (String subject : subjects) {
                select.setString(++i, subject);
            }
            Map<String, Attempt> found = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Attempt attempt = new Attempt(rows.getString(1), rows.getInt(2), rows.getLong(3), rows.getLong(4), rows.getLong(5));
                    found.put(attempt.subject(), attempt);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SigninAttemptsException("Cannot read failed sign-ins", e);
        }
    }

    /**
     * Counts one failure of a subject that has a row: starts the count again when the last failure is older
     * than {@code forgetBeforeMs}, then locks the subject for {@code lockFor(count)} from now if that says so
     * (a lock only ever grows). Empty when the subject has no row yet ({@link #open} it, then count again).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public OptionalInt countFailure(String subject, long nowMs, long forgetBeforeMs, IntFunction<Optional<Duration>> lockFor) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update signin_attempt set"
                    + " failures = case when last_failure_ms is null or last_failure_ms < ? then 1 else failures + 1 end,"
                    + " last_failure_ms = ? where subject = ?")) {
                update.setLong(1, forgetBeforeMs);
                update.setLong(2, nowMs);
                update.setString(3, subject);
                if (update.executeUpdate() == 0) {
                    return OptionalInt.empty();
                }
            }
            int failures;
            // This transaction holds the row's lock since the update: the count read is this failure's own.
            try (PreparedStatement select = connection.prepareStatement("select failures from signin_attempt where subject = ?")) {
                select.setString(1, subject);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    failures = row.getInt(1);
                }
            }
            Optional<Duration> lock = lockFor.apply(failures);
            if (lock.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement("update signin_attempt set locked_until_ms ="
                        + " case when locked_until_ms is null or locked_until_ms < ? then ? else locked_until_ms end where subject = ?")) {
                    long until = nowMs + lock.get().toMillis();
                    update.setLong(1, until);
                    update.setLong(2, until);
                    update.setString(3, subject);
                    update.executeUpdate();
                }
            }
            return OptionalInt.of(failures);
        } catch (SQLException e) {
            throw new SigninAttemptsException("Cannot count a failed sign-in", e);
        }
    }

    /**
     * Adds the subject's row with no failures. Two requests (on any nodes) may add it at once: the second
     * meets the primary key, and its transaction is rolled back quietly (PostgreSQL has aborted it already;
     * no exception, so no FFDC incident for an everyday race); the caller then counts on the first's row.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void open(String subject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into signin_attempt (subject, failures) values (?, 0)")) {
            insert.setString(1, subject);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw new SigninAttemptsException("Cannot write failed sign-ins", e);
            }
            transactions.setRollbackOnly();
        }
    }

    /** Forgets a subject's failures and lock (an account that signed in). */
    @Transactional(TxType.REQUIRES_NEW)
    public void clear(String subject) {
        execute("delete from signin_attempt where subject = ?", subject);
    }

    /** Notes a success on a subject that has a row ({@link #open} it first otherwise). */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(String subject, long nowMs) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update signin_attempt set last_success_ms = ? where subject = ?")) {
            update.setLong(1, nowMs);
            update.setString(2, subject);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new SigninAttemptsException("Cannot note a sign-in", e);
        }
    }

    /**
     * Deletes rows with nothing left to say: failures forgotten, no lock running, no success to remember.
     * So names and addresses an attacker makes up do not stay.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void forget(long forgetBeforeMs, long nowMs, long knownSinceMs) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from signin_attempt where last_failure_ms < ?"
                     + " and (locked_until_ms is null or locked_until_ms < ?)"
                     + " and (last_success_ms is null or last_success_ms < ?)")) {
            delete.setLong(1, forgetBeforeMs);
            delete.setLong(2, nowMs);
            delete.setLong(3, knownSinceMs);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new SigninAttemptsException("Cannot forget old failed sign-ins", e);
        }
    }

    private void execute(String sql, String subject) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subject);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new SigninAttemptsException("Cannot write failed sign-ins", e);
        }
    }
}
