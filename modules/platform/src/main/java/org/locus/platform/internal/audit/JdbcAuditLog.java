package org.locus.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.audit.AuditChange;
import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.audit.AuditVerification;
import org.locus.platform.api.audit.CanonicalForm;
import org.locus.platform.api.security.Caller;

/**
 * The audit log on the one data source, so in the caller's JTA transaction: an entry commits or rolls back with
 * the change it records. Appending locks the chain's head row ({@code select ... for update}) until the
 * transaction ends, so two writers to one chain take turns and each links to the other's entry. There is no
 * update or delete of an entry anywhere; the head is the only row that changes.
 */
@ApplicationScoped
class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "chain_id, chain_position, recorded_at, recorded_by, kind, subject_type, subject_id,"
            + " engagement_id, before_value, after_value, prev_hash, hash";

    private final DataSource dataSource;
    private final Caller caller;
    private final Clock clock;

    /** For the CDI proxy only. */
    protected JdbcAuditLog() {
        this(null, null, null);
    }

    @Inject
    JdbcAuditLog(DataSource dataSource, Caller caller, Clock clock) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.clock = clock;
    }

    @Override
    public void append(AuditChange change) {
        String chain = change.engagementId() == null ? LOCUS_CHAIN : change.engagementId();
        try (Connection connection = dataSource.getConnection()) {
            Head head = lockHead(connection, chain);
            AuditEntry unhashed = new AuditEntry(chain, head.position() + 1, clock.instant(), caller.current().id(),
                    change.kind(), change.subjectType(), change.subjectId(), change.engagementId(), change.before(),
                    change.after(), head.hash(), null);
            String hash = CanonicalForm.hash(head.hash(), unhashed.canonical());
            insert(connection, unhashed, hash);
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_chain set last_position = ?, last_hash = ? where chain_id = ?")) {
                update.setLong(1, unhashed.position());
                update.setString(2, hash);
                update.setString(3, chain);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot append to the audit log of " + chain, e);
        }
    }

    private record Head(long position, String hash) {
    }

    /** The chain's head, locked until the transaction ends; a new chain's head is made (and so held) first. */
    private static Head lockHead(Connection connection, String chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select last_position, last_hash from audit_chain where chain_id = ? for update")) {
            select.setString(1, chain);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return new Head(rs.getLong(1), rs.getString(2));
                }
            }
        }
        // A chain is new only in the transaction that opens its engagement: nobody else can write to it yet.
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_chain (chain_id, last_position, last_hash) values (?, 0, ?)")) {
            insert.setString(1, chain);
            insert.setString(2, CanonicalForm.GENESIS);
            insert.executeUpdate();
        }
        return new Head(0, CanonicalForm.GENESIS);
    }

    private static void insert(Connection connection, AuditEntry e, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, e.chain());
            insert.setLong(2, e.position());
            insert.setTimestamp(3, Timestamp.from(e.at().truncatedTo(ChronoUnit.MILLIS)));
            insert.setString(4, e.by());
            insert.setString(5, e.kind());
            insert.setString(6, e.subjectType());
            insert.setString(7, e.subjectId());
            insert.setString(8, e.engagementId());
            insert.setString(9, e.before());
            insert.setString(10, e.after());
            insert.setString(11, e.prevHash());
            insert.setString(12, hash);
            insert.executeUpdate();
        }
    }

    @Override
    public List<AuditEntry> chain(String chain) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select " + COLUMNS + " from audit_entry where chain_id = ? order by chain_position")) {
            select.setString(1, chain);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log of " + chain, e);
        }
    }

    @Override
    public AuditVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, ChainVerifier.Head> heads = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select chain_id, last_position, last_hash from audit_chain");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new ChainVerifier.Head(rs.getLong(2), rs.getString(3)));
                }
            }
            ChainVerifier verifier = new ChainVerifier(heads, clock.instant());
            try (PreparedStatement select = connection.prepareStatement(
                    "select " + COLUMNS + " from audit_entry order by chain_id, chain_position");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    verifier.accept(entry(rs));
                }
            }
            return verifier.result();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log to verify it", e);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }
}
