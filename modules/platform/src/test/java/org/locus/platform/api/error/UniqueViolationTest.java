package org.locus.platform.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void findsADuplicateKeyDeepInTheCauses() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException wrapped = new RuntimeException("commit failed", new IllegalStateException("flush", duplicate));

        assertThat(UniqueViolation.isCauseOf(wrapped)).isTrue();
    }

    @Test
    void findsItInAChainedBatchException() {
        SQLException batch = new SQLException("batch entry 0 failed", "42000");
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(UniqueViolation.isCauseOf(new RuntimeException(batch))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotDuplicates() {
        assertThat(UniqueViolation.isCauseOf(new RuntimeException(new SQLException("foreign key", "23503")))).isFalse();
        assertThat(UniqueViolation.isCauseOf(new RuntimeException("no SQL at all"))).isFalse();
    }
}
