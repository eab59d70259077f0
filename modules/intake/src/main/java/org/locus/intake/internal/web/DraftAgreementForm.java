package org.locus.intake.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TypedNumbers;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Draft the agreement and record sign-off" ({@code intake/forms/draft-agreement.xhtml}). After a
 * manager returns the agreement the form opens with the last draft and the manager's reason.
 */
@Named
@ViewScoped
public class DraftAgreementForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;

    private String ambition;
    private String timeline;
    private String fundingSource;
    private String enablerDays;
    private String budget;
    private LocalDate politicalSignOff;
    private LocalDate managerialSignOff;
    private String returnReason;
    private String returnedBy;

    /** For the CDI proxy only. */
    protected DraftAgreementForm() {
        this(null, null);
    }

    @Inject
    DraftAgreementForm(IntakeService intake, TaskFormKit kit) {
        super(kit);
        this.intake = intake;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.DRAFT_AGREEMENT;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("ambition", "timeline", "fundingSource", "enablerDays", "budget",
                "politicalSignOff", "managerialSignOff");
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementHeadline headline) {
        EngagementSummary engagement = intake.summary(headline.engagementId()).orElseThrow();
        EngagementSummary.Agreement agreement = engagement.agreement();
        if (agreement == null) {
            return;
        }
        ambition = agreement.ambition();
        timeline = agreement.timeline();
        fundingSource = agreement.fundingSource();
        enablerDays = agreement.enablerDays() == null ? null : agreement.enablerDays().toString();
        budget = agreement.budget() == null ? null : agreement.budget().toPlainString();
        politicalSignOff = agreement.politicalSignOff();
        managerialSignOff = agreement.managerialSignOff();
        // A returned agreement keeps the manager's reason until the next decision.
        returnReason = agreement.returnReason();
        returnedBy = agreement.decidedBy();
    }

    public String submit() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Integer days = null;
        BigDecimal amount = null;
        try {
            days = TypedNumbers.wholeNumber(enablerDays).orElse(null);
        } catch (NumberFormatException e) {
            unreadable.put("enablerDays", "Enabler days must be a whole number, like 12");
        }
        try {
            amount = TypedNumbers.poundsAndPence(budget).orElse(null);
        } catch (NumberFormatException e) {
            unreadable.put("budget", "Budget must be an amount in pounds, like 12500 or 12500.50");
        }
        AgreementDraft draft = new AgreementDraft(ambition, timeline, fundingSource, days, amount,
                politicalSignOff, managerialSignOff);
        if (!send(draft, command -> intake.draftAgreement(taskId(), command), unreadable)) {
            return null;
        }
        return doneWith("Agreement drafted for " + placeName());
    }

    public boolean isReturned() {
        return returnReason != null;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public String getAmbition() {
        return ambition;
    }

    public void setAmbition(String ambition) {
        this.ambition = ambition;
    }

    public String getTimeline() {
        return timeline;
    }

    public void setTimeline(String timeline) {
        this.timeline = timeline;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getEnablerDays() {
        return enablerDays;
    }

    public void setEnablerDays(String enablerDays) {
        this.enablerDays = enablerDays;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public LocalDate getPoliticalSignOff() {
        return politicalSignOff;
    }

    public void setPoliticalSignOff(LocalDate politicalSignOff) {
        this.politicalSignOff = politicalSignOff;
    }

    public LocalDate getManagerialSignOff() {
        return managerialSignOff;
    }

    public void setManagerialSignOff(LocalDate managerialSignOff) {
        this.managerialSignOff = managerialSignOff;
    }
}
