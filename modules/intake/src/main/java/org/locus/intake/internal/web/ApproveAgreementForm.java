package org.locus.intake.internal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * "Approve the agreement" ({@code intake/forms/approve-agreement.xhtml}): a manager reads the
 * agreement and approves it, or returns it for redrafting with a reason.
 */
@Named
@ViewScoped
public class ApproveAgreementForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    static final String APPROVE = "approve";
    static final String RETURN = "return";

    private final List<SummaryRow> agreement = new ArrayList<>();
    private String decision;
    private String returnReason;

    /** For the CDI proxy only. */
    protected ApproveAgreementForm() {
        this(null, null, null, null);
    }

    @Inject
    ApproveAgreementForm(IntakeService intake, Workflow workflow, Caller caller, FormSubmission submission) {
        super(intake, workflow, caller, submission);
    }

    @Override
    protected String taskKey() {
        return EngagementProcess.APPROVE_AGREEMENT;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("approved", "decision");
        components.put("returnReason", "returnReason");
        return components;
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementSummary engagement) {
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
        agreement.add(new SummaryRow("Budget", pounds(draft.budget())));
        agreement.add(new SummaryRow("Signed off by the political sponsor", date(draft.politicalSignOff())));
        agreement.add(new SummaryRow("Signed off by the managerial sponsor", date(draft.managerialSignOff())));
    }

    public String submit() {
        Boolean approved = APPROVE.equals(decision) ? Boolean.TRUE : RETURN.equals(decision) ? Boolean.FALSE : null;
        AgreementDecision decided = new AgreementDecision(approved, returnReason);
        if (!send(decided, command -> intake.decideAgreement(getTask(), command))) {
            return null;
        }
        return doneWith((Boolean.TRUE.equals(approved) ? "Agreement approved for " : "Agreement returned for ")
                + placeName());
    }

    public Map<String, Object> getDecisions() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Approve the agreement", APPROVE);
        items.put("Return it for redrafting", RETURN);
        return items;
    }

    /** The agreement as a GOV.UK summary list. */
    public List<SummaryRow> getAgreement() {
        return agreement;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
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

    /** Such as "£12,500.50", or "£12,500" for whole pounds (GOV.UK style). */
    static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : TaskHeader.GOV_UK_DATE.format(date);
    }
}
