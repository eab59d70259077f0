package org.locus.diagnostic.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interview or observation as recorded. */
@Schema(name = "DiagnosticInterview", description = "An interview or observation as recorded",
        requiredProperties = {"id", "kind", "heldOn", "interviewer", "participants", "notes", "recordedBy", "recordedAt"})
public record InterviewView(
        @Schema(description = "Its id", example = "1b0f7a1e-5a43-4d2e-9d1e-0c2a1f0e9a11") String id,
        @Schema(description = "Interview or observation", example = "INTERVIEW") InterviewKind kind,
        @Schema(description = "The day it was held, or an observation began", example = "2026-11-30") LocalDate heldOn,
        @Schema(description = "An observation's last day, when it ran over several", nullable = true, example = "2026-12-01") LocalDate heldUntil,
        @Schema(description = "The user id of who held it", example = "sam") String interviewer,
        @Schema(description = "The participants involved", example = "[\"Cllr Ada Hale\"]") List<String> participants,
        @Schema(description = "What was heard or seen", example = "The leader and chief executive describe the same priorities in different words.") String notes,
        @Schema(description = "The user id of who recorded it", example = "sam") String recordedBy,
        @Schema(description = "When it was recorded", example = "2026-11-30T16:00:00Z") Instant recordedAt) {

    public InterviewView {
        participants = List.copyOf(participants);
    }
}
