package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine looks up sub-tasks by parent on every task completion; without an index on that
 * column each completion reads all of ACT_RU_TASK. Locus adds the index once the engine's tables exist.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIndexesIT {

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(EngineIndexesIT.class);
    }

    @Inject
    DataSource dataSource;

    @Test
    void theEngineTasksParentColumnIsIndexed() throws SQLException {
        assertThat(indexedColumnsOf("ACT_RU_TASK")).contains("PARENT_TASK_ID_");
    }

    private List<String> indexedColumnsOf(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
            for (String name : List.of(table, table.toLowerCase())) {
                try (ResultSet indexes = metadata.getIndexInfo(null, null, name, false, false)) {
                    while (indexes.next()) {
                        String column = indexes.getString("COLUMN_NAME");
                        if (column != null) {
                            columns.add(column.toUpperCase());
                        }
                    }
                }
            }
        }
        return columns;
    }
}
