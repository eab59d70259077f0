package org.locus.diagnostic.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One interview or observation held: when, by whom of the team, with which participants of the
 * plan, and what was heard or seen. An observation may run over several days.
 */
@Schema(name = "InterviewEntry", description = "One interview or observation held, with the participants of the plan it involved",
        requiredProperties = {"kind", "heldOn", "interviewer", "participants", "notes"})
public record InterviewEntry(
        @Schema(description = "An interview, or an observation (a meeting, a board)", example = "INTERVIEW")
        @NotNull(message = "Select whether it was an interview or an observation") InterviewKind kind,
        @Schema(description = "The day it was held (or an observation began), today or earlier", example = "2026-11-30")
        @NotNull(message = "Enter the date it was held") LocalDate heldOn,
        @Schema(description = "For an observation over several days, its last day; leave it out otherwise", nullable = true, example = "2026-12-01")
        LocalDate heldUntil,
        @Schema(description = "The user id of who held it: the engagement's lead or one of its enablers", example = "sam")
        @NotBlank(message = "Select who held it") String interviewer,
        @Schema(description = "The names of the participants involved, all from the interview plan", example = "[\"Cllr Ada Hale\"]")
        @NotEmpty(message = "Select at least one participant")
        List<@NotBlank(message = "Select participants from the interview plan") String> participants,
        @Schema(description = "What was heard or seen", maxLength = 4000, example = "The leader and chief executive describe the same priorities in different words.")
        @NotBlank(message = "Enter your notes")
        @Size(max = 4000, message = "Notes must be 4000 characters or fewer") String notes) {

    public InterviewEntry {
        participants = participants == null ? null : List.copyOf(participants);
    }
}
