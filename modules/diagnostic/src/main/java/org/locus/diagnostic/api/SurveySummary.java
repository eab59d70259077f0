package org.locus.diagnostic.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The team survey so far: how many responded, the average rating of each statement, and what they wrote. */
@Schema(name = "SurveySummary", description = "The team survey so far: the number of responses, each statement's average, and what participants wrote",
        requiredProperties = {"responses", "averages", "comments"})
public record SurveySummary(
        @Schema(description = "How many responses are recorded", example = "6") int responses,
        @Schema(description = "Each statement's average, in the survey's order; empty before the first response") List<StatementAverage> averages,
        @Schema(description = "What participants wrote, in the order recorded", example = "[\"We rarely talk about the politics until it is too late.\"]") List<String> comments) {

    public SurveySummary {
        averages = List.copyOf(averages);
        comments = List.copyOf(comments);
    }
}
