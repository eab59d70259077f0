package org.locus.platform.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the start log and /health/ready say about the database: its kind and place, never a password. */
class DatabaseInUseTest {

    @Test
    void namesTheKindAsTheConfigurationDoes() {
        assertThat(DatabaseInUse.kindOf("H2")).isEqualTo("h2");
        assertThat(DatabaseInUse.kindOf("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseInUse.kindOf(null)).isEqualTo("unknown");
    }

    @Test
    void dropsEverythingAfterTheAddressWhereAPasswordCouldBe() {
        assertThat(DatabaseInUse.withoutParameters("jdbc:postgresql://db:5432/locus?user=locus&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/locus");
        assertThat(DatabaseInUse.withoutParameters("jdbc:postgresql://locus:secret@db:5432/locus"))
                .isEqualTo("jdbc:postgresql://db:5432/locus");
        assertThat(DatabaseInUse.withoutParameters("jdbc:h2:file:/srv/data/locus;DB_CLOSE_ON_EXIT=FALSE;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:/srv/data/locus");
    }

    @Test
    void describesWithoutThePassword() {
        DatabaseInUse database = new DatabaseInUse("postgresql", "15.20", "jdbc:postgresql://db:5432/locus", "locus");
        assertThat(database.describe()).isEqualTo("Database in use: postgresql 15.20 at jdbc:postgresql://db:5432/locus as locus");
    }
}
