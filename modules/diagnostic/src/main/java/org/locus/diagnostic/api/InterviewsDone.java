package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.Valid;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Completes one interviewer's "Record your interviews and observations", adding the entries given
 * here to those saved before; at least one of theirs must exist once it is done.
 */
@Schema(name = "InterviewsDone", description = "Completes \u201cRecord your interviews and observations\u201d, with any interviews and observations still to add")
public record InterviewsDone(
        @Schema(description = "Interviews and observations to add; may be left out when they were saved one at a time")
        List<@Valid InterviewEntry> interviews) {

    public InterviewsDone {
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }
}
