package org.locus.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.StatementAverage;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.diagnostic.api.SurveyStatement;
import org.locus.diagnostic.api.SurveySummary;

class SurveyResultsTest {

    @Test
    void averagesEachStatementToOneDecimalPlaceInTheSurveysOrder() {
        SurveySummary summary = SurveyResults.of(List.of(
                new SurveyResponse(1, 2, 3, 4, 5, "We rarely talk about the politics."),
                new SurveyResponse(2, 2, 4, 4, 5, null),
                new SurveyResponse(2, 3, 4, 5, 5, " ")));

        assertThat(summary.responses()).isEqualTo(3);
        assertThat(summary.averages()).extracting(StatementAverage::statement).containsExactly(SurveyStatement.values());
        assertThat(summary.averages()).extracting(StatementAverage::average).containsExactly(
                new BigDecimal("1.7"), new BigDecimal("2.3"), new BigDecimal("3.7"), new BigDecimal("4.3"), new BigDecimal("5.0"));
        assertThat(summary.averages().get(1).text()).isEqualTo("We make the space to talk about our politics.");
        assertThat(summary.comments()).containsExactly("We rarely talk about the politics.");
    }

    @Test
    void hasNoAveragesBeforeTheFirstResponse() {
        SurveySummary summary = SurveyResults.of(List.of());

        assertThat(summary.responses()).isZero();
        assertThat(summary.averages()).isEmpty();
    }
}
