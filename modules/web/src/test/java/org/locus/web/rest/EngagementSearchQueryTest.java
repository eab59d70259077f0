package org.locus.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.locus.intake.api.EngagementSearch;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.error.InvalidRequestException;

class EngagementSearchQueryTest {

    @Test
    void defaultsToTheNewestTwentyOfEveryStatus() {
        assertThat(EngagementSearchQuery.parse(null, null, null, null)).isEqualTo(new EngagementSearch("", null, 0, 20));
    }

    @Test
    void readsTextStatusAndPaging() {
        assertThat(EngagementSearchQuery.parse("  North ", "COMPLETED", "40", "10"))
                .isEqualTo(new EngagementSearch("North", EngagementStatus.COMPLETED, 40, 10));
    }

    @Test
    void saysWhichParametersAreWrong() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> EngagementSearchQuery.parse("x".repeat(201), "closed", "ten", "0"));

        assertThat(e.fieldErrors()).containsOnlyKeys("q", "status", "first", "size");
        assertThat(e.fieldErrors().get("status")).isEqualTo("Status must be one of OPEN, REFERRED_ELSEWHERE, COMPLETED, WITHDRAWN");
    }
}
