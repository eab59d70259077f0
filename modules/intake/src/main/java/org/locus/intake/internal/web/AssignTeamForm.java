package org.locus.intake.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.TeamAssignment;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.UserTaskKey;

/** "Assign the lead and enablers" ({@code intake/forms/assign-team.xhtml}): a manager picks them from the staff. */
@Named
@ViewScoped
public class AssignTeamForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;

    private final PeopleDirectory people;

    private String lead;
    private List<String> enablers = new ArrayList<>();

    /** For the CDI proxy only. */
    protected AssignTeamForm() {
        this(null, null, null);
    }

    @Inject
    AssignTeamForm(IntakeService intake, TaskFormKit kit, PeopleDirectory people) {
        super(kit);
        this.intake = intake;
        this.people = people;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.ASSIGN_TEAM;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("lead", "enablers");
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementHeadline headline) {
        EngagementSummary engagement = intake.summary(headline.engagementId()).orElseThrow();
        if (engagement.team() != null) {
            lead = engagement.team().lead();
            enablers = new ArrayList<>(engagement.team().enablers());
        }
    }

    public String submit() {
        TeamAssignment assignment = new TeamAssignment(lead, enablers == null ? List.of() : enablers);
        if (!send(assignment, command -> intake.assignTeam(taskId(), command))) {
            return null;
        }
        return doneWith("Team assigned for " + placeName());
    }

    /** Staff by name; the select itself starts with an empty choice, so nobody is chosen by default. */
    public Map<String, Object> getLeadChoices() {
        return getStaff();
    }

    public Map<String, Object> getEnablerChoices() {
        return getStaff();
    }

    private Map<String, Object> getStaff() {
        Map<String, Object> items = new LinkedHashMap<>();
        for (Person person : people.inGroup(Roles.STAFF)) {
            // Two people of the same name are told apart by their user ids.
            String label = items.containsKey(person.displayName())
                    ? person.displayName() + " (" + person.id() + ")" : person.displayName();
            items.put(label, person.id());
        }
        return items;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public List<String> getEnablers() {
        return enablers;
    }

    public void setEnablers(List<String> enablers) {
        this.enablers = enablers;
    }
}
