package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completes "Record the team survey", adding the responses given here; at least one response must exist once it is done. */
@Schema(name = "SurveyDone", description = "The values of diagnostic/recordSurvey, \u201cRecord the team survey\u201d: any responses still to add to those saved one at a time",
        requiredProperties = "responses")
public record SurveyDone(
        @Schema(description = "Responses to add; an empty list when they were saved one at a time", example = "[]")
        @NotNull(message = "List the responses to add, or none") List<@Valid SurveyResponse> responses) {

    public SurveyDone {
        responses = responses == null ? null : List.copyOf(responses);
    }
}
