package org.locus.platform.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    /** What PostgreSQL's driver says when the server is stopped: host, port, SQL state. */
    private static final String DRIVER_MESSAGE = "Connection to db.internal:5432 refused. Check that the hostname and port"
            + " are correct and that the postmaster is accepting TCP/IP connections. SQLState 08001";

    @Test
    void aFailingDatabaseIsDownWithItsNameAndNothingMore() {
        DataSource failing = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException(DRIVER_MESSAGE, "08001");
                });
        Logger log = Logger.getLogger(DatabaseReadiness.class.getName());
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.append(record.getMessage()).append(' ').append(record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            HealthCheckResponse response = new DatabaseReadiness(failing).call();

            assertThat(response.getName()).isEqualTo("database");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(response.getData()).isEmpty();
            assertThat(logged).as("the cause is kept in the server log").contains("db.internal:5432");
        } finally {
            log.removeHandler(capture);
        }
    }
}
