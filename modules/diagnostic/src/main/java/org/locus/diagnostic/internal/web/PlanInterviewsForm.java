package org.locus.diagnostic.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;
import org.locus.diagnostic.api.SurveyStatement;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.platform.api.web.Choices;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Plan the interviews" ({@code diagnostic/forms/plan-interviews.xhtml}): the lead ticks the place's
 * leaders, grouped by the side they speak for, sees the plan's balance (and a warning when a top team
 * is missing), and decides on the team survey.
 */
@Named
@ViewScoped
public class PlanInterviewsForm extends DiagnosticForm {

    private static final long serialVersionUID = 1L;

    private TickedParticipants participants = new TickedParticipants();
    private Boolean surveyRun;
    private boolean balanceShown;

    private transient List<Participant> offered;

    /** For the CDI proxy only. */
    protected PlanInterviewsForm() {
        this(null, null);
    }

    @Inject
    PlanInterviewsForm(TaskFormKit kit, DiagnosticService diagnostic) {
        super(kit, diagnostic);
    }

    @Override
    public UserTaskKey task() {
        return DiagnosticProcess.PLAN;
    }

    @Override
    public Map<String, String> fieldComponents() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("participants", TickedParticipants.componentFor(offered()));
        components.put("surveyRun", "surveyRun");
        return components;
    }

    /** Shows the balance of what is ticked, without saving anything. */
    public String checkBalance() {
        balanceShown = true;
        return null;
    }

    public String submit() {
        balanceShown = true;
        InterviewPlan plan = new InterviewPlan(participants.names(), surveyRun);
        if (!send(plan, command -> diagnostic.planInterviews(taskId(), command))) {
            return null;
        }
        PlanBalance balance = getBalance();
        String flags = balance.politicalMissing() ? ". It has no political participant: politics matters"
                : balance.managerialMissing() ? ". It has no managerial participant" : "";
        return doneWith("Interview plan saved for " + placeName() + ": " + balance.political() + " political, "
                + balance.managerial() + " managerial and " + balance.partner() + " partner participants" + flags);
    }

    /** The balance of the leaders ticked so far. */
    public PlanBalance getBalance() {
        return participants.balance();
    }

    public boolean isBalanceShown() {
        return balanceShown;
    }

    public TickedParticipants getParticipants() {
        return participants;
    }

    public void setParticipants(TickedParticipants participants) {
        this.participants = participants;
    }

    public Map<String, Object> getPoliticalChoices() {
        return TickedParticipants.choicesOf(offered(), ParticipantGroup.POLITICAL);
    }

    public Map<String, Object> getManagerialChoices() {
        return TickedParticipants.choicesOf(offered(), ParticipantGroup.MANAGERIAL);
    }

    public Map<String, Object> getPartnerChoices() {
        return TickedParticipants.choicesOf(offered(), ParticipantGroup.PARTNER);
    }

    public Map<String, Object> getSurveyChoices() {
        return Choices.yesNo();
    }

    /** The survey's statements, for the hint of the survey question. */
    public List<String> getSurveyStatements() {
        return List.of(SurveyStatement.values()).stream().map(SurveyStatement::text).toList();
    }

    private List<Participant> offered() {
        if (offered == null) {
            offered = engagementId() == null ? List.of() : diagnostic.leadersOffered(engagementId());
        }
        return offered;
    }

    public Boolean getSurveyRun() {
        return surveyRun;
    }

    public void setSurveyRun(Boolean surveyRun) {
        this.surveyRun = surveyRun;
    }
}
