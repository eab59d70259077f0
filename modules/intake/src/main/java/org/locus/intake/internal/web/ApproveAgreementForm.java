package org.locus.intake.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Approve the agreement" ({@code intake/forms/approve-agreement.xhtml}): a manager reads the
 * agreement and approves it, or returns it for redrafting with a reason.
 */
@Named
@ViewScoped
public class ApproveAgreementForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;

    private final List<SummaryRow> agreement = new ArrayList<>();
    private Boolean decision;
    private String returnReason;

    /** For the CDI proxy only. */
    protected ApproveAgreementForm() {
        this(null, null);
    }

    @Inject
    ApproveAgreementForm(IntakeService intake, TaskFormKit kit) {
        super(kit);
        this.intake = intake;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.APPROVE_AGREEMENT;
    }

    @Override
    public Map<String, String> fieldComponents() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("approved", "decision");
        components.put("returnReason", "returnReason");
        return components;
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementHeadline headline) {
        EngagementSummary engagement = intake.summary(headline.engagementId()).orElseThrow();
        agreement.clear();
        agreement.add(new SummaryRow("Political sponsor", sponsor(engagement.politicalSponsor())));
        agreement.add(new SummaryRow("Managerial sponsor", sponsor(engagement.managerialSponsor())));
        EngagementSummary.Agreement draft = engagement.agreement();
        if (draft == null) {
            return;
        }
        agreement.add(new SummaryRow("Ambition", draft.ambition()));
        agreement.add(new SummaryRow("Timeline", draft.timeline()));
        agreement.add(new SummaryRow("Funding source", draft.fundingSource()));
        agreement.add(new SummaryRow("Enabler days", draft.enablerDays() == null ? "" : draft.enablerDays().toString()));
        agreement.add(new SummaryRow("Budget", GovukFormats.money(draft.budget())));
        agreement.add(new SummaryRow("Signed off by the political sponsor", GovukFormats.date(draft.politicalSignOff())));
        agreement.add(new SummaryRow("Signed off by the managerial sponsor", GovukFormats.date(draft.managerialSignOff())));
    }

    public String submit() {
        AgreementDecision decided = new AgreementDecision(decision, returnReason);
        if (!send(decided, command -> intake.decideAgreement(taskId(), command))) {
            return null;
        }
        return doneWith((Boolean.TRUE.equals(decision) ? "Agreement approved for " : "Agreement returned for ")
                + placeName());
    }

    public Map<String, Object> getDecisions() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Approve the agreement", Boolean.TRUE);
        items.put("Return it for redrafting", Boolean.FALSE);
        return items;
    }

    /** The agreement as a GOV.UK summary list. */
    public List<SummaryRow> getAgreement() {
        return agreement;
    }

    public Boolean getDecision() {
        return decision;
    }

    public void setDecision(Boolean decision) {
        this.decision = decision;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    private static String sponsor(SponsorDetails sponsor) {
        return sponsor == null ? "Not named yet"
                : sponsor.name() + ", " + sponsor.jobTitle() + ", " + sponsor.organisation();
    }
}
