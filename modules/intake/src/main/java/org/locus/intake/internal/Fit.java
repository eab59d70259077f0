package org.locus.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Enumerated;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.record.Recorded;

/**
 * Whether an engagement fits the remit: staff's four answers, what the intake-fit rule
 * recommended from them, and what staff decided. A person may overrule the rule, but only with
 * a written reason, so that an audit can see why; referring elsewhere names the provider.
 */
@Embeddable
public class Fit {

    @Column(name = "fit_top_team_involved")
    private Boolean topTeamInvolved;

    @Column(name = "fit_place_based")
    private Boolean placeBased;

    @Column(name = "fit_capacity_available")
    private Boolean capacityAvailable;

    @Column(name = "fit_funding_available")
    private Boolean fundingAvailable;

    @Column(name = "fit_notes", length = 4000)
    private String notes;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "fit_assessed_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "fit_assessed_at"))
    private Recorded assessed;

    @Enumerated(EnumType.STRING)
    @Column(name = "fit_recommendation", length = 20)
    private FitDecision recommendation;

    @Column(name = "fit_recommendation_reason", length = 500)
    private String recommendationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "fit_decision", length = 20)
    private FitDecision decision;

    @Column(name = "fit_override_reason", length = 4000)
    private String overrideReason;

    @Column(name = "fit_referred_to", length = 200)
    private String referredTo;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "fit_decided_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "fit_decided_at"))
    private Recorded decided;

    /** For JPA, and for an engagement not assessed yet. */
    protected Fit() {
    }

    static Fit notAssessed() {
        return new Fit();
    }

    void assess(FitAssessment answers, Recorded recorded) {
        if (answers.topTeamInvolved() == null || answers.placeBased() == null || answers.capacityAvailable() == null
                || answers.fundingAvailable() == null) {
            throw new IllegalArgumentException("All four questions need an answer");
        }
        this.topTeamInvolved = answers.topTeamInvolved();
        this.placeBased = answers.placeBased();
        this.capacityAvailable = answers.capacityAvailable();
        this.fundingAvailable = answers.fundingAvailable();
        this.notes = Names.textOrNull(answers.notes());
        this.assessed = recorded;
    }

    /**
     * Records staff's decision against the rule's recommendation.
     *
     * @throws InvalidRequestException if the decision overrules the recommendation without a reason,
     *                                 or refers elsewhere without naming the provider
     */
    void confirm(FitDecision recommended, String recommendedBecause, FitConfirmation confirmation, Recorded recorded) {
        FitDecision decided = confirmation.decision();
        String reasonForOverride = confirmation.overrideReason();
        String provider = confirmation.referredTo();
        if (!isAssessed()) {
            throw new ConflictException("Assess fit with the remit before confirming it.");
        }
        if (decided == null) {
            throw new IllegalArgumentException("A decision is needed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        boolean overrides = recommended != null && decided != recommended;
        if (overrides && Names.isBlank(reasonForOverride)) {
            errors.put("overrideReason", "Enter why you are not following the recommendation");
        }
        if (decided == FitDecision.REFER_ELSEWHERE && Names.isBlank(provider)) {
            errors.put("referredTo", "Enter the provider you are referring them to");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        this.recommendation = recommended;
        this.recommendationReason = Names.textOrNull(recommendedBecause);
        this.decision = decided;
        // A reason for agreeing with the rule says nothing, and a provider for work we take on means nothing.
        this.overrideReason = overrides ? reasonForOverride.strip() : null;
        this.referredTo = decided == FitDecision.REFER_ELSEWHERE ? Names.tidy(provider) : null;
        this.decided = recorded;
    }

    boolean isAssessed() {
        return topTeamInvolved != null;
    }

    EngagementSummary.Fit summary() {
        if (!isAssessed()) {
            return null;
        }
        return new EngagementSummary.Fit(topTeamInvolved, placeBased, capacityAvailable, fundingAvailable, notes,
                recommendation, recommendationReason, decision, overrideReason, referredTo);
    }
}
