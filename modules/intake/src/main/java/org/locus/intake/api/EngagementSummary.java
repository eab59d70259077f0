package org.locus.intake.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything intake knows about one engagement, for its summary page and the API.
 * Parts not reached yet are null (no fit assessment before it is done, and so on).
 */
@Schema(name = "EngagementSummary", description = "Everything intake knows about one engagement; parts not reached yet are left out (null)",
        requiredProperties = {"id", "reference", "openedAt", "openedBy", "placeName", "organisations", "contact", "presentingIssue",
                "howHeard", "stage", "status"})
public record EngagementSummary(
        @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String id,
        @Schema(description = "Its reference, ENG-<year opened>-<number>", example = "ENG-2026-0001") String reference,
        @Schema(description = "When the first contact was logged", example = "2026-11-27T09:30:00Z") Instant openedAt,
        @Schema(description = "The user id of who logged it", example = "sam") String openedBy,
        @Schema(description = "The place", example = "Northshire") String placeName,
        @Schema(description = "The organisations involved, in the order given", example = "[\"Northshire Council\", \"Northshire NHS Trust\"]") List<String> organisations,
        @Schema(description = "Who got in touch") Contact contact,
        @Schema(description = "What they asked for", example = "The top team wants to work better with partners.") String presentingIssue,
        @Schema(description = "How they heard about the centre", example = "A peer at the LGA conference") String howHeard,
        @Schema(description = "The stage the engagement is in", example = "INTAKE") Stage stage,
        @Schema(description = "Where it stands overall", example = "OPEN") EngagementStatus status,
        @Schema(description = "Fit with the remit, once assessed", nullable = true) Fit fit,
        @Schema(description = "The political sponsor, once named", nullable = true) SponsorDetails politicalSponsor,
        @Schema(description = "The managerial sponsor, once named", nullable = true) SponsorDetails managerialSponsor,
        @Schema(description = "The agreement, once drafted", nullable = true) Agreement agreement,
        @Schema(description = "The team, once assigned", nullable = true) Team team) {

    public EngagementSummary {
        organisations = List.copyOf(organisations);
    }

    public boolean sponsorsMissing() {
        return politicalSponsor == null || managerialSponsor == null;
    }

    @Schema(name = "EngagementContact", description = "Who got in touch at first contact", requiredProperties = {"name", "role", "jobTitle", "organisation"})
    public record Contact(@Schema(example = "Jo Leader") String name,
                          @Schema(example = "POLITICAL") LeaderRole role,
                          @Schema(example = "Leader of the council") String jobTitle,
                          @Schema(example = "Northshire Council") String organisation) {
    }

    /** The four answers, the rule's recommendation, and what staff decided (with the reason if they overrode it). */
    @Schema(name = "EngagementFit", description = "The four answers, the rule's recommendation and staff's decision; "
            + "what is not known yet is left out", requiredProperties = {"topTeamInvolved", "placeBased", "capacityAvailable", "fundingAvailable"})
    public record Fit(@Schema(description = "Is the top team involved?", example = "true") Boolean topTeamInvolved,
                      @Schema(description = "Is the work about the place as a whole?", example = "true") Boolean placeBased,
                      @Schema(description = "Has the centre capacity for it?", example = "true") Boolean capacityAvailable,
                      @Schema(description = "Is there funding?", example = "false") Boolean fundingAvailable,
                      @Schema(description = "Staff's notes on the answers", nullable = true, example = "Funding is being sought from the LGA.") String notes,
                      @Schema(description = "What the intake-fit rule recommends", nullable = true, example = "REFER_ELSEWHERE") FitDecision recommendation,
                      @Schema(description = "The rule's reason", nullable = true, example = "No funding available") String recommendationReason,
                      @Schema(description = "What staff decided", nullable = true, example = "ACCEPT") FitDecision decision,
                      @Schema(description = "Why staff overruled the rule, when they did", nullable = true, example = "Funding is agreed in principle.") String overrideReason,
                      @Schema(description = "The provider the place was referred to, when it was", nullable = true, example = "Northern Leadership Trust") String referredTo) {

        public boolean overridden() {
            return decision != null && recommendation != null && decision != recommendation;
        }
    }

    /** The agreement as drafted, and the manager's decision on it. */
    @Schema(name = "EngagementAgreement", description = "The agreement as drafted, and the manager's decision on it (left out until made)",
            requiredProperties = {"ambition", "timeline", "fundingSource", "enablerDays", "budget", "politicalSignOff", "managerialSignOff"})
    public record Agreement(@Schema(description = "What the place wants to achieve", example = "Partners lead the place together.") String ambition,
                            @Schema(description = "When, roughly", example = "January to June 2027") String timeline,
                            @Schema(description = "Who pays", example = "Council transformation fund") String fundingSource,
                            @Schema(description = "Days of enablers' time", example = "20") Integer enablerDays,
                            @Schema(description = "The budget in pounds", example = "15000.00") BigDecimal budget,
                            @Schema(description = "When the political sponsor signed off", example = "2026-11-27") LocalDate politicalSignOff,
                            @Schema(description = "When the managerial sponsor signed off", example = "2026-11-28") LocalDate managerialSignOff,
                            @Schema(description = "Whether a manager approved it; left out until decided", nullable = true, example = "true") Boolean approved,
                            @Schema(description = "The user id of the manager who decided", nullable = true, example = "morgan") String decidedBy,
                            @Schema(description = "Why it was returned, when it was", nullable = true, example = "Name the funding source.") String returnReason) {
    }

    @Schema(name = "EngagementTeam", description = "Who leads the engagement and who enables it, by user id", requiredProperties = {"lead", "enablers"})
    public record Team(@Schema(description = "The lead's user id", example = "priya") String lead,
                       @Schema(description = "The enablers' user ids", example = "[\"sam\"]") List<String> enablers) {

        public Team {
            enablers = List.copyOf(enablers);
        }
    }
}
