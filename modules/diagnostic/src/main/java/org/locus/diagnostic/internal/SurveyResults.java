package org.locus.diagnostic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.StatementAverage;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.diagnostic.api.SurveyStatement;
import org.locus.diagnostic.api.SurveySummary;

/** The team survey's responses summed up: how many, each statement's average to one decimal place, what people wrote. */
final class SurveyResults {

    private SurveyResults() {
    }

    static SurveySummary of(List<SurveyResponse> responses) {
        List<StatementAverage> averages = new ArrayList<>();
        if (!responses.isEmpty()) {
            for (SurveyStatement statement : SurveyStatement.values()) {
                int total = responses.stream().mapToInt(response -> response.ratings().get(statement)).sum();
                averages.add(new StatementAverage(statement, statement.text(),
                        BigDecimal.valueOf(total).divide(BigDecimal.valueOf(responses.size()), 1, RoundingMode.HALF_UP)));
            }
        }
        List<String> comments = responses.stream().map(SurveyResponse::comment)
                .filter(comment -> !Names.isBlank(comment)).toList();
        return new SurveySummary(responses.size(), averages, comments);
    }
}
