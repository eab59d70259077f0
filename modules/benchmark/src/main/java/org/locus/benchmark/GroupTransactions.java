package org.locus.benchmark;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Connections for an engine whose transactions are managed outside it ({@code transactionsExternallyManaged}),
 * as an application server manages Locus's: on a thread inside {@link #inOne}, every engine command gets
 * the same connection, and the group's work commits once at its end (or rolls back whole). Outside a group
 * (the engine starting up) a connection is a plain one of its own, committing as it goes.
 */
final class GroupTransactions implements DataSource {

    /** Work that runs inside one transaction. */
    interface Work {
        void run();
    }

    private final Settings settings;
    /** Each seeding thread's connection, kept from one group to the next (a new session would start cold). */
    private final ThreadLocal<Connection> own = new ThreadLocal<>();
    private final java.util.List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> group = new ThreadLocal<>();

    GroupTransactions(Settings settings) {
        this.settings = settings;
    }

    /** Runs the work with one connection for every engine command it makes, then commits. */
    void inOne(Work work) {
        try {
            Connection connection = own.get();
            if (connection == null) {
                connection = open();
                connection.setAutoCommit(false);
                own.set(connection);
                opened.add(connection);
            }
            group.set(connection);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                group.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A transaction of the bare engine's seeding failed", e);
        }
    }

    /** Closes the seeding threads' connections. */
    void close() {
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing after the work is done: nothing is lost
            }
        }
        opened.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection shared = group.get();
        return shared == null ? open() : unclosable(shared);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl() + "?currentSchema=" + Settings.BARE_ENGINE_SCHEMA,
                settings.dbUser(), settings.dbPassword());
    }

    /** The group's connection as the engine sees it: closing it only hands it back to the group. */
    private static Connection unclosable(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close":
                    return null;
                case "isClosed":
                    return false;
                default:
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
