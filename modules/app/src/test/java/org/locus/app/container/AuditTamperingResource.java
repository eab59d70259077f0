package org.locus.app.container;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.locus.platform.api.audit.AuditChange;
import org.locus.platform.api.audit.AuditEntry;
import org.locus.platform.api.audit.AuditLog;
import org.locus.platform.api.audit.CanonicalForm;

/**
 * What someone with the database's password could do to the audit log behind Locus's back, with plain SQL on the
 * data source (so on H2 and PostgreSQL alike), and how the tests put it back; and a request that appends entries,
 * for the parallel writers. Deployed only with the container tests, never in the WAR: Locus itself has no code
 * that updates or deletes an entry.
 */
@Path("test-audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditTamperingResource {

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog audit;

    /** Changes who made an entry; answers who it was. */
    @POST
    @Path("alter")
    public JsonObject alter(@QueryParam("chain") String chain, @QueryParam("position") long position, @QueryParam("by") String by)
            throws SQLException {
        JsonObject row = row(chain, position);
        update("update audit_entry set recorded_by = ? where chain_id = ? and chain_position = ?", by, chain, position);
        return row;
    }

    /** Deletes an entry; answers the row, so that the test can put it back. */
    @POST
    @Path("delete")
    public JsonObject delete(@QueryParam("chain") String chain, @QueryParam("position") long position) throws SQLException {
        JsonObject row = row(chain, position);
        update("delete from audit_entry where chain_id = ? and chain_position = ?", chain, position);
        return row;
    }

    /** Puts a deleted row back, as it was. */
    @POST
    @Path("restore")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public void restore(JsonObject row) throws SQLException {
        insert(new AuditEntry(row.getString("chain"), row.getJsonNumber("position").longValue(), Instant.parse(row.getString("at")),
                row.getString("by"), row.getString("kind"), row.getString("subject"), text(row, "subjectId"), text(row, "engagement"),
                text(row, "before"), text(row, "after"), row.getString("prevHash"), row.getString("hash")));
    }

    /**
     * Adds an entry after the last one, linked and hashed as Locus would (someone who read docs/audit.md), without
     * moving the chain's head; answers its position.
     */
    @POST
    @Path("insert")
    public JsonObject insert(@QueryParam("chain") String chain) throws SQLException {
        AuditEntry last = audit.chain(chain).get(audit.chain(chain).size() - 1);
        AuditEntry forged = new AuditEntry(chain, last.position() + 1, last.at().plusSeconds(1), "mallory", "UPDATED",
                "intake.Engagement", chain, chain, "{\"lead\":\"sam\"}", "{\"lead\":\"mallory\"}", last.hash(), null);
        insert(new AuditEntry(forged.chain(), forged.position(), forged.at(), forged.by(), forged.kind(), forged.subjectType(),
                forged.subjectId(), forged.engagementId(), forged.before(), forged.after(), forged.prevHash(),
                CanonicalForm.hash(forged.prevHash(), forged.canonical())));
        return Json.createObjectBuilder().add("position", forged.position()).build();
    }

    /** Removes what {@link #insert} added. */
    @POST
    @Path("remove")
    public void remove(@QueryParam("chain") String chain, @QueryParam("position") long position) throws SQLException {
        update("delete from audit_entry where chain_id = ? and chain_position = ?", chain, position);
    }

    /** One request that appends {@code count} entries to an engagement's chain, for the parallel writers. */
    @POST
    @Path("append")
    @Transactional
    public void append(@QueryParam("engagement") String engagementId, @QueryParam("count") int count) {
        for (int i = 0; i < count; i++) {
            audit.append(new AuditChange("TESTED", "test.ParallelWriter", Integer.toString(i), engagementId, null,
                    "{\"n\":\"" + i + "\"}"));
        }
    }

    /** How many entries mention this text in what they recorded, in any chain. */
    @GET
    @Path("count")
    public JsonObject count(@QueryParam("mentioning") String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select count(*) from audit_entry where after_value like ? or before_value like ?")) {
            select.setString(1, "%" + text + "%");
            select.setString(2, "%" + text + "%");
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return Json.createObjectBuilder().add("entries", rs.getLong(1)).build();
            }
        }
    }

    private JsonObject row(String chain, long position) {
        AuditEntry e = audit.chain(chain).stream().filter(entry -> entry.position() == position).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no entry " + position + " in " + chain));
        JsonObjectBuilder row = Json.createObjectBuilder().add("chain", e.chain()).add("position", e.position())
                .add("at", e.at().toString()).add("by", e.by()).add("kind", e.kind()).add("subject", e.subjectType())
                .add("prevHash", e.prevHash()).add("hash", e.hash());
        nullable(row, "subjectId", e.subjectId());
        nullable(row, "engagement", e.engagementId());
        nullable(row, "before", e.before());
        nullable(row, "after", e.after());
        return row.build();
    }

    private static void nullable(JsonObjectBuilder row, String name, String value) {
        if (value == null) {
            row.addNull(name);
        } else {
            row.add(name, value);
        }
    }

    private static String text(JsonObject row, String name) {
        return row.isNull(name) ? null : row.getString(name);
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private void insert(AuditEntry e) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into audit_entry (chain_id, chain_position, recorded_at,"
                     + " recorded_by, kind, subject_type, subject_id, engagement_id, before_value, after_value, prev_hash, hash)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, e.chain());
            insert.setLong(2, e.position());
            insert.setTimestamp(3, Timestamp.from(e.at()));
            insert.setString(4, e.by());
            insert.setString(5, e.kind());
            insert.setString(6, e.subjectType());
            insert.setString(7, e.subjectId());
            insert.setString(8, e.engagementId());
            insert.setString(9, e.before());
            insert.setString(10, e.after());
            insert.setString(11, e.prevHash());
            insert.setString(12, e.hash());
            insert.executeUpdate();
        }
    }
}
