package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Completes one interviewer's "Record your interviews and observations", adding the entries given
 * here to those saved before; at least one of theirs must exist once it is done.
 */
@Schema(name = "InterviewsDone", description = "The values of diagnostic/recordInterviews, \u201cRecord your interviews and observations\u201d: any still to add to those saved one at a time",
        requiredProperties = "interviews")
public record InterviewsDone(
        @Schema(description = "Interviews and observations to add; an empty list when they were saved one at a time", example = "[]")
        @NotNull(message = "List the interviews and observations to add, or none") List<@Valid InterviewEntry> interviews) {

    public InterviewsDone {
        interviews = interviews == null ? null : List.copyOf(interviews);
    }
}
