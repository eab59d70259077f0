package org.locus.platform.api.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.UserTaskKey;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * What every task form does, whichever stage owns it. It opens the task named by the {@code task}
 * parameter (if the person may work on it, claiming it if it waits for their group: opening a task
 * is taking it on), shows its header, and on submit either completes it and goes back to the tasklist
 * with a confirmation that offers the engagement's next task, or stays with every error at once
 * ({@link FormSubmission}). What the person typed stays in the view-scoped bean and the fields.
 *
 * <p>A form is its fields: a view-scoped bean that extends this class, names its task and its
 * fields, and sends its command; and a page on the template {@code /layout/task-form.xhtml}.
 */
public abstract class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TASKLIST = "/tasks/index.xhtml?faces-redirect=true";
    /** The flash key of the line of confirmation the page template shows after a redirect. */
    public static final String CONFIRMATION = "confirmation";

    private final TaskFormKit kit;

    private boolean opened;
    private String task;
    private TaskHeader header;
    private String problem;
    private BackLink back = BackLink.toTasks();

    protected TaskForm(TaskFormKit kit) {
        this.kit = kit;
    }

    /** The user task this form completes. */
    public abstract UserTaskKey task();

    /** Field names as the service reports them, and the id of the component that shows each. */
    public abstract Map<String, String> fieldComponents();

    /** Fills the fields from what the engagement already holds, when the form opens. */
    protected void prefill(WorkTask openTask, EngagementHeadline engagement) {
    }

    /**
     * Opens the task of the {@code task} request parameter when the page is first shown; does
     * nothing on a submit or a second render, so what the person typed is kept.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (opened || faces.isPostback()) {
            return;
        }
        opened = true;
        task = faces.getExternalContext().getRequestParameterMap().get("task");
        back = BackLink.of(faces, BackLink.toTasks());
        if (task == null || task.isBlank()) {
            problem = "No task was given. Open the task from your tasklist.";
            return;
        }
        CurrentUser user = kit.caller().current();
        Workflow workflow = kit.workflow();
        try {
            WorkTask openTask = workflow.taskToWorkOn(task, user);
            if (!openTask.is(task())) {
                problem = "This page does not complete \u201c" + openTask.name() + "\u201d tasks. Open it from your tasklist.";
                return;
            }
            if (!openTask.isAssigned()) {
                openTask = claim(openTask, user);
            }
            EngagementHeadline engagement = kit.engagements().headline(openTask.businessKey()).orElse(null);
            if (engagement == null) {
                problem = "The engagement of this task cannot be found.";
                return;
            }
            header = new TaskHeader(openTask, engagement, kit.clock().instant());
            prefill(openTask, engagement);
        } catch (LocusException e) {
            problem = toReader(e.getMessage(), user);
        }
    }

    /** Claims a group task as it opens; if someone took it a moment ago, says who. */
    private WorkTask claim(WorkTask openTask, CurrentUser user) {
        Workflow workflow = kit.workflow();
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
        kit.workflow().openTask(task).ifPresent(openTask -> kit.engagements().headline(openTask.businessKey())
                .ifPresent(engagement -> header = new TaskHeader(openTask, engagement, kit.clock().instant())));
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
        return kit.submission().send(command, service, fields(), formErrors);
    }

    /** Which component shows each field's error. */
    public FormFields fields() {
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

    /**
     * Back to this same task with a line of confirmation, for a form that saves its entries one at a
     * time: the page opens afresh, with empty fields and the entry in the list of those saved so far.
     */
    protected String stayOnTask(String confirmation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().put(CONFIRMATION, confirmation);
        // The task is a request parameter the template reads, not a view parameter includeViewParams would carry.
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&task=" + URLEncoder.encode(task, StandardCharsets.UTF_8);
    }

    private ArrayList<ConfirmationLink> nextLinks(String engagementId, String reference) {
        CurrentUser user = kit.caller().current();
        ArrayList<ConfirmationLink> links = new ArrayList<>(2);
        List<WorkTask> next = kit.workflow().openTasksOf(engagementId).stream()
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

    /** The id of the open task, for the form's command. */
    protected String taskId() {
        return task;
    }

    /** The engagement of the open task, once the form has loaded it. */
    protected String engagementId() {
        return header == null ? null : header.getEngagementId();
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
