package org.locus.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementSummary;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.record.Recorded;

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

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "agreement_drafted_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "agreement_drafted_at"))
    private Recorded drafted;

    @Column(name = "agreement_approved")
    private Boolean approved;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "agreement_decided_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "agreement_decided_at"))
    private Recorded decided;

    @Column(name = "agreement_return_reason", length = 4000)
    private String returnReason;

    /** For JPA, and for an engagement with no agreement drafted yet. */
    protected Agreement() {
    }

    static Agreement notDrafted() {
        return new Agreement();
    }

    void draft(AgreementDraft draft, Recorded recorded) {
        if (Names.isBlank(draft.ambition()) || Names.isBlank(draft.timeline()) || Names.isBlank(draft.fundingSource())
                || draft.enablerDays() == null || draft.budget() == null || draft.politicalSignOff() == null
                || draft.managerialSignOff() == null) {
            throw new IllegalArgumentException("An agreement needs every part and both sign-off dates");
        }
        this.ambition = draft.ambition().strip();
        this.timeline = draft.timeline().strip();
        this.fundingSource = Names.tidy(draft.fundingSource());
        this.enablerDays = draft.enablerDays();
        this.budget = draft.budget();
        this.politicalSignOff = draft.politicalSignOff();
        this.managerialSignOff = draft.managerialSignOff();
        this.drafted = recorded;
        // A new draft waits for a new decision.
        this.approved = null;
        this.decided = null;
    }

    /**
     * @throws InvalidRequestException if the agreement is returned without a reason
     */
    void decide(AgreementDecision decision, Recorded recorded) {
        boolean approve = Boolean.TRUE.equals(decision.approved());
        String reasonForReturn = decision.returnReason();
        if (!isDrafted()) {
            throw new ConflictException("There is no agreement to approve yet.");
        }
        if (!approve && Names.isBlank(reasonForReturn)) {
            throw new InvalidRequestException("returnReason", "Enter why you are returning the agreement");
        }
        this.approved = approve;
        this.returnReason = approve ? null : reasonForReturn.strip();
        this.decided = recorded;
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
                politicalSignOff, managerialSignOff, approved, decided == null ? null : decided.by(), returnReason);
    }
}
