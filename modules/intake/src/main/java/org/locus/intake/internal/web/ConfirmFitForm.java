package org.locus.intake.internal.web;

import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.intake.internal.process.IntakeVariables;
import org.locus.platform.api.web.Choices;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.UserTaskKey;
import org.locus.platform.api.workflow.Workflow;

/**
 * "Confirm fit or refer elsewhere" ({@code intake/forms/confirm-fit.xhtml}): shows what the
 * intake-fit rule recommends and why; staff follow it or overrule it with a reason.
 */
@Named
@ViewScoped
public class ConfirmFitForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;
    private final Workflow workflow;

    private FitDecision recommendation;
    private String recommendationReason;
    private FitDecision decision;
    private String overrideReason;
    private String referredTo;

    /** For the CDI proxy only. */
    protected ConfirmFitForm() {
        this(null, null, null);
    }

    @Inject
    ConfirmFitForm(IntakeService intake, TaskFormKit kit, Workflow workflow) {
        super(kit);
        this.intake = intake;
        this.workflow = workflow;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.CONFIRM_FIT;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("decision", "overrideReason", "referredTo");
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementHeadline headline) {
        recommendation = workflow.variable(openTask.id(), IntakeVariables.FIT_RECOMMENDATION)
                .map(String::valueOf).map(FitDecision::fromProcessValue).orElse(null);
        recommendationReason = workflow.variable(openTask.id(), IntakeVariables.FIT_REASON)
                .map(String::valueOf).orElse(null);
    }

    public String submit() {
        FitConfirmation confirmation = new FitConfirmation(decision, overrideReason, referredTo);
        if (!send(confirmation, command -> intake.confirmFit(taskId(), command))) {
            return null;
        }
        if (decision == FitDecision.REFER_ELSEWHERE) {
            return doneWith(placeName() + " referred to " + referredTo.strip());
        }
        return doneWith("Fit confirmed for " + placeName());
    }

    public Map<String, Object> getDecisions() {
        return Choices.of(ConfirmFitForm::inWords, FitDecision.ACCEPT, FitDecision.REFER_ELSEWHERE);
    }

    public boolean isRecommended() {
        return recommendation != null;
    }

    /** The recommendation in words, such as "Take the work on". */
    public String getRecommendationText() {
        return recommendation == null ? "" : inWords(recommendation);
    }

    public String getRecommendationReason() {
        return recommendationReason;
    }

    private static String inWords(FitDecision decision) {
        return decision == FitDecision.ACCEPT ? "Take the work on" : "Refer them to another provider";
    }

    public FitDecision getDecision() {
        return decision;
    }

    public void setDecision(FitDecision decision) {
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
