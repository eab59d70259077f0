package org.locus.platform.internal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewSort;

class OverviewFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void asksForEverythingWhenNothingIsChosen() {
        OverviewFilter filter = OverviewFilter.of(OverviewQuery.firstPage(20), NOW);

        assertThat(filter.where()).isEmpty();
        assertThat(filter.params()).isEmpty();
    }

    @Test
    void putsEveryValueInAParameterNeverInTheSql() {
        OverviewFilter filter = OverviewFilter.of(new OverviewQuery("North' or 1=1", Stage.INTAKE, EngagementStatus.OPEN,
                "sam", null, OverviewSort.PLACE, 0, 20), NOW);

        assertThat(filter.where()).doesNotContain("North").doesNotContain("sam").doesNotContain("INTAKE");
        assertThat(filter.params()).containsExactly("%north' or 1=1%", "north' or 1=1%", "INTAKE", "OPEN", "sam");
    }

    @Test
    void takesLikesWildcardsLiterally() {
        OverviewFilter filter = OverviewFilter.of(new OverviewQuery("50%_off!", null, null, null, null, null, 0, 20), NOW);

        assertThat(filter.params()).startsWith("%50!%!_off!!%");
    }

    @Test
    void findsOverdueEngagementsFromTheTasklistByTheClocksNow() {
        OverviewFilter filter = OverviewFilter.of(new OverviewQuery("", null, null, null, OverviewFlag.OVERDUE, null, 0, 20), NOW);

        assertThat(filter.where()).contains("tasklist_task").contains("due_at < ?");
        assertThat(filter.params()).containsExactly(Timestamp.from(NOW));
    }

    @Test
    void flagsMissingSponsorsOnlyWhileOpen() {
        OverviewFilter filter = OverviewFilter.of(new OverviewQuery("", null, null, null, OverviewFlag.SPONSORS_MISSING, null, 0, 20), NOW);

        assertThat(filter.params()).containsExactly(true, "OPEN");
    }

    @Test
    void endsEveryOrderOnTheKeySoPagesNeitherSkipNorRepeat() {
        for (OverviewSort sort : OverviewSort.values()) {
            assertThat(OverviewFilter.order(sort)).as(sort.name()).contains("o.engagement_id");
        }
    }
}
