package org.locus.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewSort;

class OverviewQueryParametersTest {

    @Test
    void readsEveryFilter() {
        OverviewQuery query = OverviewQueryParameters.parse(" North ", "DIAGNOSTIC", "OPEN", "sam", "OVERDUE", "PLACE", "20", "10");

        assertThat(query).isEqualTo(new OverviewQuery("North", Stage.DIAGNOSTIC, EngagementStatus.OPEN, "sam",
                OverviewFlag.OVERDUE, OverviewSort.PLACE, 20, 10));
    }

    @Test
    void takesAbsentParametersAsAnyNewestFirstFromTheStart() {
        assertThat(OverviewQueryParameters.parse(null, null, "", " ", null, null, null, null))
                .isEqualTo(new OverviewQuery("", null, null, null, null, OverviewSort.NEWEST, 0, 20));
    }

    @Test
    void namesEveryWrongParameterAtOnce() {
        assertThatThrownBy(() -> OverviewQueryParameters.parse("x".repeat(201), "SOON", "CLOSED", null, "LATE", "random", "-1", "0"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("q", "stage", "status", "flag", "sort", "first", "size")
                        .containsEntry("flag", "Flag must be one of OVERDUE, SPONSORS_MISSING, INCIDENT, SUSPENDED"));
    }
}
