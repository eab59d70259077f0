package org.locus.diagnostic.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The interview plan: its participants by group, their balance and flags, and whether the team survey is run. */
@Schema(name = "InterviewPlanView", description = "The interview plan: participants, their balance with its flags, and whether the team survey is run",
        requiredProperties = {"participants", "balance", "surveyRun", "plannedBy", "plannedAt"})
public record PlanView(
        @Schema(description = "The participants, in the order chosen") List<Participant> participants,
        @Schema(description = "How many speak for each group, and the flags") PlanBalance balance,
        @Schema(description = "Whether the team survey is run", example = "true") boolean surveyRun,
        @Schema(description = "The user id of who planned it", example = "priya") String plannedBy,
        @Schema(description = "When it was planned", example = "2026-11-28T09:00:00Z") Instant plannedAt) {

    public PlanView {
        participants = List.copyOf(participants);
    }
}
