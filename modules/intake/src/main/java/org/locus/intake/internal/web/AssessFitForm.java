package org.locus.intake.internal.web;

import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.workflow.Workflow;

/** "Assess fit with the remit" ({@code intake/forms/assess-fit.xhtml}): the four questions of the intake-fit rule. */
@Named
@ViewScoped
public class AssessFitForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private String topTeamInvolved;
    private String placeBased;
    private String capacityAvailable;
    private String fundingAvailable;
    private String notes;

    /** For the CDI proxy only. */
    protected AssessFitForm() {
        this(null, null, null, null);
    }

    @Inject
    AssessFitForm(IntakeService intake, Workflow workflow, Caller caller, FormSubmission submission) {
        super(intake, workflow, caller, submission);
    }

    @Override
    protected String taskKey() {
        return EngagementProcess.ASSESS_FIT;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        return sameNames("topTeamInvolved", "placeBased", "capacityAvailable", "fundingAvailable", "notes");
    }

    public String submit() {
        FitAssessment assessment = new FitAssessment(Choices.yesOrNo(topTeamInvolved), Choices.yesOrNo(placeBased),
                Choices.yesOrNo(capacityAvailable), Choices.yesOrNo(fundingAvailable), notes);
        if (!send(assessment, command -> intake.assessFit(getTask(), command))) {
            return null;
        }
        return doneWith("Fit assessed for " + placeName());
    }

    public Map<String, Object> getYesNo() {
        return Choices.yesNo();
    }

    public String getTopTeamInvolved() {
        return topTeamInvolved;
    }

    public void setTopTeamInvolved(String topTeamInvolved) {
        this.topTeamInvolved = topTeamInvolved;
    }

    public String getPlaceBased() {
        return placeBased;
    }

    public void setPlaceBased(String placeBased) {
        this.placeBased = placeBased;
    }

    public String getCapacityAvailable() {
        return capacityAvailable;
    }

    public void setCapacityAvailable(String capacityAvailable) {
        this.capacityAvailable = capacityAvailable;
    }

    public String getFundingAvailable() {
        return fundingAvailable;
    }

    public void setFundingAvailable(String fundingAvailable) {
        this.fundingAvailable = fundingAvailable;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
