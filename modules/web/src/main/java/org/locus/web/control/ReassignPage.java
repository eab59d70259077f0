package org.locus.web.control;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.Reassignment;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.web.FormFields;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * {@code /manage/reassign.xhtml?task=}: a manager gives an open task to another person of its groups,
 * with a reason. Whom the page showed holding the task goes with the command, so a change meanwhile
 * (another manager at the same moment) is refused rather than overwritten.
 */
@Named("reassign")
@ViewScoped
public class ReassignPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final FormFields FIELDS = FormFields.sameNames("to", "reason");

    private final transient Workflow workflow;
    private final transient EngagementDirectory engagements;
    private final transient PeopleDirectory people;
    private final transient EngagementControl control;
    private final transient FormSubmission submission;

    private boolean opened;
    private String taskId;
    private String taskName;
    private String engagementId;
    private String reference;
    private String placeName;
    private String heldBy;
    private String problem;
    private Map<String, String> choices = new LinkedHashMap<>();
    private String to;
    private String reason;

    /** For the CDI proxy only. */
    protected ReassignPage() {
        this(null, null, null, null, null);
    }

    @Inject
    ReassignPage(Workflow workflow, EngagementDirectory engagements, PeopleDirectory people, EngagementControl control,
                 FormSubmission submission) {
        this.workflow = workflow;
        this.engagements = engagements;
        this.people = people;
        this.control = control;
        this.submission = submission;
    }

    /** Reads the task as the page is first shown; a submit keeps what the page showed. */
    public void load() {
        if (opened) {
            return;
        }
        opened = true;
        taskId = ControlPages.parameter("task");
        WorkTask task = taskId == null ? null : workflow.openTask(taskId).orElse(null);
        if (task == null) {
            problem = "This task is not open any more (or there is no such task). Find the work again from the engagement.";
            return;
        }
        taskName = task.name();
        heldBy = task.assignee();
        engagementId = task.businessKey();
        EngagementHeadline engagement = engagements.headline(engagementId).orElse(null);
        reference = engagement == null ? engagementId : engagement.reference();
        placeName = engagement == null ? "" : engagement.placeName();
        Map<String, String> byName = new TreeMap<>();
        for (String group : task.candidateGroups()) {
            for (Person person : people.inGroup(group)) {
                if (!person.id().equals(heldBy)) {
                    byName.put(person.displayName() + " (" + person.id() + ")", person.id());
                }
            }
        }
        choices = new LinkedHashMap<>(byName);
    }

    public String send() {
        Reassignment command = new Reassignment(to, reason, heldBy);
        boolean done = submission.send(command, values -> control.reassign(taskId, values), FIELDS);
        if (!done) {
            return null;
        }
        String name = people.find(to).map(Person::displayName).orElse(to);
        return ControlPages.confirmAndGo("‘" + taskName + "’ for " + reference + " is now " + name + "’s.",
                ControlPages.engagementView(engagementId));
    }

    public String getHeldByName() {
        return heldBy == null ? null : people.find(heldBy).map(Person::displayName).orElse(heldBy);
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getReference() {
        return reference;
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getProblem() {
        return problem;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
