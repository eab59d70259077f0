package org.locus.intake.internal.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.intake.internal.process.EngagementVariables;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * "Confirm fit or refer elsewhere" ({@code intake/forms/confirm-fit.xhtml}): shows what the
 * intake-fit rule recommends and why; staff follow it or overrule it with a reason.
 */
@Named
@ViewScoped
public class ConfirmFitForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private FitDecision recommendation;
    private String recommendationReason;
    private String decision;
    private String overrideReason;
    private String referredTo;

    /** For the CDI proxy only. */
    protected ConfirmFitForm() {
        this(null, null, null, null);
    }

    @Inject
    ConfirmFitForm(IntakeService intake, Workflow workflow, Caller caller, FormSubmission submission) {
        super(intake, workflow, caller, submission);
    }

    @Override
    protected String taskKey() {
        return EngagementProcess.CONFIRM_FIT;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return sameNames("decision", "overrideReason", "referredTo");
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementSummary engagement) {
        recommendation = workflow.variable(openTask.id(), EngagementVariables.FIT_RECOMMENDATION)
                .map(String::valueOf).map(FitDecision::fromProcessValue).orElse(null);
        recommendationReason = workflow.variable(openTask.id(), EngagementVariables.FIT_REASON)
                .map(String::valueOf).orElse(null);
    }

    public String submit() {
        FitDecision decided = Arrays.stream(FitDecision.values())
                .filter(choice -> choice.processValue().equals(decision)).findFirst().orElse(null);
        FitConfirmation confirmation = new FitConfirmation(decided, overrideReason, referredTo);
        if (!send(confirmation, command -> intake.confirmFit(getTask(), command))) {
            return null;
        }
        if (decided == FitDecision.REFER_ELSEWHERE) {
            return doneWith(placeName() + " referred to " + referredTo.strip());
        }
        return doneWith("Fit confirmed for " + placeName());
    }

    public Map<String, Object> getDecisions() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Take the work on", FitDecision.ACCEPT.processValue());
        items.put("Refer them to another provider", FitDecision.REFER_ELSEWHERE.processValue());
        return items;
    }

    public boolean isRecommended() {
        return recommendation != null;
    }

    /** The recommendation in words, such as "Take the work on". */
    public String getRecommendationText() {
        if (recommendation == null) {
            return "";
        }
        return recommendation == FitDecision.ACCEPT ? "Take the work on" : "Refer them to another provider";
    }

    public String getRecommendationReason() {
        return recommendationReason;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String referredTo) {
        this.referredTo = referredTo;
    }
}
