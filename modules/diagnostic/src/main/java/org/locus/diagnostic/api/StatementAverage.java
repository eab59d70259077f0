package org.locus.diagnostic.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The average agreement with one statement of the team survey, over every response. */
@Schema(name = "SurveyStatementAverage", description = "The average agreement (1 to 5, one decimal place) with one statement of the team survey",
        requiredProperties = {"statement", "text", "average"})
public record StatementAverage(
        @Schema(description = "The statement", example = "TALK_ABOUT_POLITICS") SurveyStatement statement,
        @Schema(description = "Its words", example = "We make the space to talk about our politics.") String text,
        @Schema(description = "The average rating, to one decimal place", example = "2.5") BigDecimal average) {
}
