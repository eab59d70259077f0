package org.locus.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.error.InvalidRequestException;

class HeatPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void noDatesAreTheLastThirtyDaysTodayIncluded() {
        HeatPeriod period = HeatPeriod.parse(null, " ", TODAY);
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(period.end()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void bothDaysAreIncludedFromTheFirstMomentToTheNextDay() {
        HeatPeriod period = HeatPeriod.parse("2026-03-01", "2026-03-01", TODAY);
        assertThat(period.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void namesEachWrongParameter() {
        assertThatThrownBy(() -> HeatPeriod.parse("2026-02-31", "yesterday", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, wrong -> assertThat(wrong.fieldErrors())
                        .containsEntry("from", "From must be a real date such as 2026-12-01")
                        .containsEntry("to", "To must be a real date such as 2026-12-01"));
        assertThatThrownBy(() -> HeatPeriod.parse("2026-03-01", null, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, wrong -> assertThat(wrong.fieldErrors()).containsOnlyKeys("to"));
    }

    @Test
    void refusesAnEndBeforeTheStartAndAPeriodLongerThanAYear() {
        assertThatThrownBy(() -> HeatPeriod.parse("2026-03-02", "2026-03-01", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, wrong -> assertThat(wrong.fieldErrors())
                        .containsEntry("to", "The end date must be the same as or after the start date"));
        assertThat(HeatPeriod.parse("2025-01-01", "2025-12-31", TODAY).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> HeatPeriod.parse("2024-01-01", "2025-01-01", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, wrong -> assertThat(wrong.fieldErrors())
                        .containsEntry("to", "The period must be 366 days or shorter"));
    }

    @Test
    void readsGovukDateBoxesTheGovukWay() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(HeatPeriod.fromParts("from", "start date", " 1", "3 ", "2026", errors)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(HeatPeriod.fromParts("from", "start date", "31", "2", "2026", errors)).isNull();
        assertThat(errors).containsEntry("from", "Start date must be a real date");
        assertThat(HeatPeriod.fromParts("to", "end date", "", "", "", errors)).isNull();
        assertThat(errors).containsEntry("to", "Enter the end date");
        errors.clear();
        assertThat(HeatPeriod.fromParts("to", "end date", "1", "3", "26", errors)).isNull();
        assertThat(errors).containsEntry("to", "End date must include a year with 4 numbers");
    }
}
