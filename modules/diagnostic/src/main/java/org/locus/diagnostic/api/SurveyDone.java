package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completes "Record the team survey", adding the responses given here; at least one response must exist once it is done. */
@Schema(name = "SurveyDone", description = "Completes \u201cRecord the team survey\u201d, with any responses still to add")
public record SurveyDone(
        @Schema(description = "Responses to add; may be left out when they were saved one at a time")
        List<@Valid SurveyResponse> responses) {

    public SurveyDone {
        responses = responses == null ? List.of() : List.copyOf(responses);
    }
}
