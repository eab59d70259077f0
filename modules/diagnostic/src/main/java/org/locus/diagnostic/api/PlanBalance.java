package org.locus.diagnostic.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many participants of the plan speak for each group. A plan without a political or without a
 * managerial participant is flagged ("politics matters"): it can still go ahead, but everyone sees it.
 */
@Schema(name = "PlanBalance", description = "How many participants speak for each group; a plan without the political or the managerial top team is flagged",
        requiredProperties = {"political", "managerial", "partner", "politicalMissing", "managerialMissing"})
public record PlanBalance(
        @Schema(description = "Participants of the political top team", example = "2") int political,
        @Schema(description = "Participants of the managerial top team", example = "3") int managerial,
        @Schema(description = "Participants from partners", example = "1") int partner,
        @Schema(description = "Flag: no participant of the political top team", example = "false") boolean politicalMissing,
        @Schema(description = "Flag: no participant of the managerial top team", example = "false") boolean managerialMissing) {

    public static PlanBalance of(int political, int managerial, int partner) {
        return new PlanBalance(political, managerial, partner, political == 0, managerial == 0);
    }

    /** Whether the plan is missing either top team. */
    public boolean flagged() {
        return politicalMissing || managerialMissing;
    }
}
