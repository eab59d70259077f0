package org.locus.intake.internal.web;

import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.web.Choices;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;

/** "Assess fit with the remit" ({@code intake/forms/assess-fit.xhtml}): the four questions of the intake-fit rule. */
@Named
@ViewScoped
public class AssessFitForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;

    private Boolean topTeamInvolved;
    private Boolean placeBased;
    private Boolean capacityAvailable;
    private Boolean fundingAvailable;
    private String notes;

    /** For the CDI proxy only. */
    protected AssessFitForm() {
        this(null, null);
    }

    @Inject
    AssessFitForm(IntakeService intake, TaskFormKit kit) {
        super(kit);
        this.intake = intake;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.ASSESS_FIT;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("topTeamInvolved", "placeBased", "capacityAvailable", "fundingAvailable", "notes");
    }

    public String submit() {
        FitAssessment assessment = new FitAssessment(topTeamInvolved, placeBased, capacityAvailable,
                fundingAvailable, notes);
        if (!send(assessment, command -> intake.assessFit(taskId(), command))) {
            return null;
        }
        return doneWith("Fit assessed for " + placeName());
    }

    public Map<String, Object> getYesNo() {
        return Choices.yesNo();
    }

    public Boolean getTopTeamInvolved() {
        return topTeamInvolved;
    }

    public void setTopTeamInvolved(Boolean topTeamInvolved) {
        this.topTeamInvolved = topTeamInvolved;
    }

    public Boolean getPlaceBased() {
        return placeBased;
    }

    public void setPlaceBased(Boolean placeBased) {
        this.placeBased = placeBased;
    }

    public Boolean getCapacityAvailable() {
        return capacityAvailable;
    }

    public void setCapacityAvailable(Boolean capacityAvailable) {
        this.capacityAvailable = capacityAvailable;
    }

    public Boolean getFundingAvailable() {
        return fundingAvailable;
    }

    public void setFundingAvailable(Boolean fundingAvailable) {
        this.fundingAvailable = fundingAvailable;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
