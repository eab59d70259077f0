package org.locus.platform.internal.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which database the shared data source really reaches, read from the connection itself rather than
 * from the configuration, so that the start log and {@code /health/ready} say what is in use even if
 * the configuration was not taken as meant. Never the password: the URL loses its parameters (where a
 * password could be written) and only the user name is kept.
 *
 * @param kind    {@code h2}, {@code postgresql}, or the product's own name in lower case
 * @param version the database's version as it reports it
 * @param where   the JDBC URL without parameters
 * @param user    the user the data source signs in as
 */
public record DatabaseInUse(String kind, String version, String where, String user) {

    public static DatabaseInUse of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return new DatabaseInUse(kindOf(meta.getDatabaseProductName()), meta.getDatabaseProductVersion(),
                withoutParameters(meta.getURL()), meta.getUserName());
    }

    static String kindOf(String productName) {
        String name = productName == null ? "unknown" : productName.trim().toLowerCase(Locale.ROOT);
        return name.replace(" ", "");
    }

    /**
     * H2 puts its settings after ';', PostgreSQL its parameters (password among them) after '?'; a
     * {@code user:password@} before the host goes too.
     */
    static String withoutParameters(String url) {
        if (url == null) {
            return "unknown";
        }
        int authority = url.indexOf("//");
        int at = url.indexOf('@');
        if (authority >= 0 && at > authority) {
            url = url.substring(0, authority + 2) + url.substring(at + 1);
        }
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int found = url.indexOf(separator);
            if (found >= 0 && found < end) {
                end = found;
            }
        }
        return url.substring(0, end);
    }

    /** The start log's sentence. */
    public String describe() {
        return "Database in use: " + kind + " " + version + " at " + where + " as " + user;
    }
}
