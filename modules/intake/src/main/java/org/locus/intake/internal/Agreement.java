package org.locus.intake.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.locus.intake.api.EngagementSummary;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;

/**
 * What the place and the centre agree to: the ambition, a timeline, who pays and how much, and
 * how many enabler days. Both sponsors sign it off; then a manager approves it or returns it
 * with a reason, and a returned agreement is drafted again. The last return reason stays until
 * the next decision, so the person redrafting can see what was asked for.
 */
@Embeddable
public class Agreement {

    @Column(name = "agreement_ambition", length = 4000)
    private String ambition;

    @Column(name = "agreement_timeline", length = 500)
    private String timeline;

    @Column(name = "agreement_funding_source", length = 200)
    private String fundingSource;

    @Column(name = "agreement_enabler_days")
    private Integer enablerDays;

    @Column(name = "agreement_budget", precision = 12, scale = 2)
    private BigDecimal budget;

    @Column(name = "agreement_political_sign_off")
    private LocalDate politicalSignOff;

    @Column(name = "agreement_managerial_sign_off")
    private LocalDate managerialSignOff;

    @Column(name = "agreement_drafted_by", length = 100)
    private String draftedBy;

    @Column(name = "agreement_drafted_at")
    private Instant draftedAt;

    @Column(name = "agreement_approved")
    private Boolean approved;

    @Column(name = "agreement_decided_by", length = 100)
    private String decidedBy;

    @Column(name = "agreement_decided_at")
    private Instant decidedAt;

    @Column(name = "agreement_return_reason", length = 4000)
    private String returnReason;

    /** For JPA, and for an engagement with no agreement drafted yet. */
    protected Agreement() {
    }

    static Agreement notDrafted() {
        return new Agreement();
    }

    void draft(String newAmbition, String newTimeline, String newFundingSource, Integer newEnablerDays,
               BigDecimal newBudget, LocalDate politicalSignedOff, LocalDate managerialSignedOff,
               String by, Instant at) {
        if (Names.isBlank(newAmbition) || Names.isBlank(newTimeline) || Names.isBlank(newFundingSource)
                || newEnablerDays == null || newBudget == null || politicalSignedOff == null || managerialSignedOff == null) {
            throw new IllegalArgumentException("An agreement needs every part and both sign-off dates");
        }
        this.ambition = newAmbition.strip();
        this.timeline = newTimeline.strip();
        this.fundingSource = Names.tidy(newFundingSource);
        this.enablerDays = newEnablerDays;
        this.budget = newBudget;
        this.politicalSignOff = politicalSignedOff;
        this.managerialSignOff = managerialSignedOff;
        this.draftedBy = by;
        this.draftedAt = at;
        // A new draft waits for a new decision.
        this.approved = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    /**
     * @throws InvalidRequestException if the agreement is returned without a reason
     */
    void decide(boolean approve, String reasonForReturn, String by, Instant at) {
        if (!isDrafted()) {
            throw new ConflictException("There is no agreement to approve yet.");
        }
        if (!approve && Names.isBlank(reasonForReturn)) {
            throw new InvalidRequestException("returnReason", "Enter why you are returning the agreement");
        }
        this.approved = approve;
        this.returnReason = approve ? null : reasonForReturn.strip();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    boolean isDrafted() {
        return ambition != null;
    }

    boolean isApproved() {
        return Boolean.TRUE.equals(approved);
    }

    EngagementSummary.Agreement summary() {
        if (!isDrafted()) {
            return null;
        }
        return new EngagementSummary.Agreement(ambition, timeline, fundingSource, enablerDays, budget,
                politicalSignOff, managerialSignOff, approved, decidedBy, returnReason);
    }
}
