package org.locus.intake.internal.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * What every intake task form does: opens the task named by the {@code task} parameter (if the
 * person may work on it), shows its header, and on submit either completes it and goes back to
 * the tasklist with a confirmation, or stays with one error message per field. What the person
 * typed stays in the view-scoped bean, so nothing is lost on an error.
 */
public abstract class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TASKLIST = "/tasks/index.xhtml?faces-redirect=true";
    static final String CONFIRMATION = "confirmation";

    protected final IntakeService intake;
    protected final Workflow workflow;
    protected final Caller caller;

    private String task;
    private TaskHeader header;
    private String problem;

    protected TaskForm(IntakeService intake, Workflow workflow, Caller caller) {
        this.intake = intake;
        this.workflow = workflow;
        this.caller = caller;
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
        if (task == null || task.isBlank()) {
            problem = "No task was given. Open the task from your tasklist.";
            return;
        }
        try {
            WorkTask openTask = workflow.taskToWorkOn(task, caller.current());
            if (!taskKey().equals(openTask.key())) {
                problem = "This page is for \u201c" + EngagementProcess.INTAKE_TASKS.get(taskKey())
                        + "\u201d tasks, but this task is \u201c" + openTask.name() + "\u201d. Open it from your tasklist.";
                return;
            }
            EngagementSummary engagement = intake.summary(openTask.businessKey()).orElse(null);
            if (engagement == null) {
                problem = "The engagement of this task cannot be found.";
                return;
            }
            header = new TaskHeader(openTask, engagement);
            prefill(openTask, engagement);
        } catch (LocusException e) {
            problem = e.getMessage();
        }
    }

    /** Reads the engagement again, so the header shows what was just saved (the sponsors flag). */
    protected void refreshHeader() {
        workflow.openTask(task).ifPresent(openTask ->
                intake.summary(openTask.businessKey()).ifPresent(engagement -> header = new TaskHeader(openTask, engagement)));
    }

    /**
     * Runs a service command and turns its errors into messages on this page.
     *
     * @return true if it succeeded
     */
    protected boolean attempt(Runnable command) {
        return attempt(command, Map.of());
    }

    /**
     * As {@link #attempt(Runnable)}, with errors the form found itself (such as a number it
     * could not read), which take the place of the service's message for the same field.
     */
    protected boolean attempt(Runnable command, Map<String, String> formErrors) {
        return new PageErrors(fieldComponents(), this::reworded).attempt(command, formErrors);
    }

    /** The message to show for a field, given the service's. */
    protected String reworded(String field, String message) {
        return message;
    }

    /** Back to the tasklist, with a line of confirmation shown there. */
    protected String doneWith(String confirmation) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(CONFIRMATION, confirmation);
        return TASKLIST;
    }

    /** Component ids named after their fields, in page order. */
    protected static Map<String, String> sameNames(String... fields) {
        return PageErrors.sameNames(fields);
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

    protected String placeName() {
        return header == null ? "the engagement" : header.getPlaceName();
    }
}
