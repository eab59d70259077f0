package org.locus.intake.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything intake knows about one engagement, for its summary page and the API.
 * Parts not reached yet are null (no fit assessment before it is done, and so on).
 */
public record EngagementSummary(
        String id,
        String reference,
        Instant openedAt,
        String openedBy,
        String placeName,
        List<String> organisations,
        Contact contact,
        String presentingIssue,
        String howHeard,
        Stage stage,
        EngagementStatus status,
        Fit fit,
        SponsorDetails politicalSponsor,
        SponsorDetails managerialSponsor,
        Agreement agreement,
        Team team) {

    public EngagementSummary {
        organisations = List.copyOf(organisations);
    }

    public boolean sponsorsMissing() {
        return politicalSponsor == null || managerialSponsor == null;
    }

    public record Contact(String name, LeaderRole role, String jobTitle, String organisation) {
    }

    /** The four answers, the rule's recommendation, and what staff decided (with the reason if they overrode it). */
    public record Fit(Boolean topTeamInvolved, Boolean placeBased, Boolean capacityAvailable, Boolean fundingAvailable,
                      String notes, FitDecision recommendation, String recommendationReason,
                      FitDecision decision, String overrideReason, String referredTo) {

        public boolean overridden() {
            return decision != null && recommendation != null && decision != recommendation;
        }
    }

    /** The agreement as drafted, and the manager's decision on it. */
    public record Agreement(String ambition, String timeline, String fundingSource, Integer enablerDays,
                            BigDecimal budget, LocalDate politicalSignOff, LocalDate managerialSignOff,
                            Boolean approved, String decidedBy, String returnReason) {
    }

    public record Team(String lead, List<String> enablers) {

        public Team {
            enablers = List.copyOf(enablers);
        }
    }
}
