package org.locus.intake.internal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.web.BackLink;
import org.locus.platform.api.web.ConfirmationLink;
import org.locus.platform.api.web.FormFields;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.web.TaskPages;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * What every intake task form does: opens the task named by the {@code task} parameter (if the
 * person may work on it, claiming it if it waits for their group: opening a task is taking it on),
 * shows its header, and on submit either completes it and goes back to the tasklist with a
 * confirmation that offers the engagement's next task, or stays with every error at once
 * ({@link FormSubmission}). What the person typed stays in the view-scoped bean and the fields.
 */
public abstract class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TASKLIST = "/tasks/index.xhtml?faces-redirect=true";
    static final String CONFIRMATION = "confirmation";

    protected final IntakeService intake;
    protected final Workflow workflow;
    protected final Caller caller;
    private final FormSubmission submission;

    private String task;
    private TaskHeader header;
    private String problem;
    private BackLink back = BackLink.toTasks();

    protected TaskForm(IntakeService intake, Workflow workflow, Caller caller, FormSubmission submission) {
        this.intake = intake;
        this.workflow = workflow;
        this.caller = caller;
        this.submission = submission;
    }

    /** The BPMN id of the task this form completes. */
    protected abstract String taskKey();

    /** Field names as the service reports them, and the id of the component that shows each. */
    protected abstract Map<String, String> fieldComponents();

    /** Fills the fields from what the engagement already holds, when the form opens. */
    protected void prefill(WorkTask openTask, EngagementSummary engagement) {
    }

    /** Runs once when the page is first opened ({@code f:viewAction}), not on each submit. */
    public void load() {
        back = BackLink.of(FacesContext.getCurrentInstance(), BackLink.toTasks());
        if (task == null || task.isBlank()) {
            problem = "No task was given. Open the task from your tasklist.";
            return;
        }
        CurrentUser user = caller.current();
        try {
            WorkTask openTask = workflow.taskToWorkOn(task, user);
            if (!taskKey().equals(openTask.key())) {
                problem = "This page is for \u201c" + EngagementProcess.INTAKE_TASKS.get(taskKey())
                        + "\u201d tasks, but this task is \u201c" + openTask.name() + "\u201d. Open it from your tasklist.";
                return;
            }
            if (!openTask.isAssigned()) {
                openTask = claim(openTask, user);
            }
            EngagementSummary engagement = intake.summary(openTask.businessKey()).orElse(null);
            if (engagement == null) {
                problem = "The engagement of this task cannot be found.";
                return;
            }
            header = new TaskHeader(openTask, engagement);
            prefill(openTask, engagement);
        } catch (LocusException e) {
            problem = toReader(e.getMessage(), user);
        }
    }

    /** Claims a group task as it opens; if someone took it a moment ago, says who. */
    private WorkTask claim(WorkTask openTask, CurrentUser user) {
        try {
            workflow.claim(openTask.id(), user);
        } catch (ConflictException claimedMeanwhile) {
            // Asking again names the person who holds it now (or who completed it).
            workflow.taskToWorkOn(openTask.id(), user);
            throw claimedMeanwhile;
        }
        return workflow.openTask(openTask.id()).orElse(openTask);
    }

    /** "… completed by sam" read by sam is "… completed by you". */
    static String toReader(String message, CurrentUser user) {
        if (message == null) {
            return null;
        }
        return message.replace(" by " + user.id() + ".", " by you.");
    }

    /** Reads the engagement again, so the header shows what was just saved (the sponsors flag). */
    protected void refreshHeader() {
        workflow.openTask(task).ifPresent(openTask ->
                intake.summary(openTask.businessKey()).ifPresent(engagement -> header = new TaskHeader(openTask, engagement)));
    }

    /**
     * Sends the command with every error on the page at once; the service is called only when
     * nothing is wrong.
     *
     * @return true if the service was called and succeeded
     */
    protected <C> boolean send(C command, Consumer<C> service) {
        return send(command, service, Map.of());
    }

    /**
     * As {@link #send(Object, Consumer)}, with errors the form found itself (such as a number it
     * could not read), which take the place of the constraints' message for the same field.
     */
    protected <C> boolean send(C command, Consumer<C> service, Map<String, String> formErrors) {
        return submission.send(command, service, fields(), formErrors);
    }

    FormFields fields() {
        return new FormFields(fieldComponents(), this::reworded);
    }

    /** The message to show for a field, given the service's. */
    protected String reworded(String field, String message) {
        return message;
    }

    /**
     * Back to the tasklist, with a line of confirmation shown there, a link to the engagement's next
     * task when it is offered to this person (opening it claims it), and a link to the engagement.
     */
    protected String doneWith(String confirmation) {
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(CONFIRMATION, confirmation);
        if (header != null) {
            flash.put(ConfirmationLink.FLASH_KEY, nextLinks(header.getEngagementId(), header.getReference()));
        }
        return TASKLIST;
    }

    private ArrayList<ConfirmationLink> nextLinks(String engagementId, String reference) {
        CurrentUser user = caller.current();
        ArrayList<ConfirmationLink> links = new ArrayList<>(2);
        List<WorkTask> next = workflow.openTasksOf(engagementId).stream()
                .filter(open -> TaskPages.offeredTo(open, user) && TaskPages.formPath(open) != null)
                .toList();
        if (!next.isEmpty()) {
            links.add(new ConfirmationLink("Next task: " + next.get(0).name(), TaskPages.formPath(next.get(0)), "next-task"));
        }
        links.add(new ConfirmationLink("View engagement " + reference, TaskPages.engagementPath(engagementId),
                "confirmation-engagement"));
        return links;
    }

    /** Component ids named after their fields, in page order. */
    protected static Map<String, String> sameNames(String... fields) {
        return FormFields.sameNames(fields).components();
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public TaskHeader getHeader() {
        return header;
    }

    public boolean isAvailable() {
        return header != null && problem == null;
    }

    public String getProblem() {
        return problem;
    }

    /** The page's back link: where the person came from, if that was a Locus page, else their tasks. */
    public BackLink getBack() {
        return back;
    }

    protected String placeName() {
        return header == null ? "the engagement" : header.getPlaceName();
    }
}
