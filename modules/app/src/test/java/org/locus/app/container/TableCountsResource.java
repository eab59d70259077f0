package org.locus.app.container;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The number of rows in every table of Locus's database, the domain's and the engine's alike, found
 * from the database's own catalogue (so a table added tomorrow is counted too), in one query. Deployed
 * only with the container tests that prove a refused request writes nothing; never in the WAR. Plain
 * JDBC on the application's data source, so it works the same on H2 and PostgreSQL.
 */
@Path("test-tables")
@Produces(MediaType.APPLICATION_JSON)
public class TableCountsResource {

    @Resource(lookup = "jdbc/locus")
    DataSource dataSource;

    @GET
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public JsonObject counts() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = tables(connection.getMetaData());
            JsonObjectBuilder counts = Json.createObjectBuilder();
            if (tables.isEmpty()) {
                return counts.build();
            }
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < tables.size(); i++) {
                sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", COUNT(*) FROM ")
                        .append(quoted(tables.get(i)));
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql.toString())) {
                while (rows.next()) {
                    counts.add(tables.get(rows.getInt(1)).toLowerCase(Locale.ROOT), rows.getLong(2));
                }
            }
            return counts.build();
        }
    }

    /** Every table of the schema Locus uses (PUBLIC on H2, public on PostgreSQL), as schema and name. */
    private static List<String> tables(DatabaseMetaData metadata) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String schema = found.getString("TABLE_SCHEM");
                if (schema != null && schema.equalsIgnoreCase("public")) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
