package org.locus.web.tasklist;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.web.FormErrors;
import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.TaskScope;
import org.locus.platform.api.workflow.Workflow;

/**
 * The tasklist ({@code /tasks/index.xhtml?scope=mine|groups&page=n}): the person's claimed tasks, or
 * the unclaimed tasks offered to their groups, 20 to a page, each with its engagement's headline.
 * View-scoped so that a Claim or Unclaim button acts on the rows the person saw.
 */
@Named("tasklist")
@ViewScoped
public class TasklistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;
    static final String VIEW = "/tasks/index.xhtml";

    private final Workflow workflow;
    private final EngagementDirectory engagements;
    private final Caller caller;
    private final Clock clock;

    private String scope = TaskScopes.MINE;
    private String page = "1";

    private TaskScope taskScope = TaskScope.MINE;
    private List<TaskRow> rows = List.of();
    private Paging paging = Paging.of(0, PAGE_SIZE, 1);
    private String mineCount;
    private String groupsCount;
    private String totalText;

    /** For the CDI proxy only. */
    protected TasklistPage() {
        this(null, null, null, null);
    }

    @Inject
    TasklistPage(Workflow workflow, EngagementDirectory engagements, Caller caller, Clock clock) {
        this.workflow = workflow;
        this.engagements = engagements;
        this.caller = caller;
        this.clock = clock;
    }

    /** Reads the list asked for; an unknown scope or page number gives my tasks, page 1. */
    public void load() {
        taskScope = TaskScopes.fromParameter(scope).orElse(TaskScope.MINE);
        scope = TaskScopes.parameterOf(taskScope);
        CurrentUser user = caller.current();
        int requested = Paging.pageNumber(page);
        TaskPage tasks = workflow.tasks(user, taskScope, Paging.firstIndex(requested, PAGE_SIZE), PAGE_SIZE);
        paging = Paging.of(tasks.total(), PAGE_SIZE, requested);
        if (paging.page() != requested && tasks.total() > 0) {
            // Asked for a page past the end (the list got shorter): show the last one.
            tasks = workflow.tasks(user, taskScope, paging.first(), PAGE_SIZE);
        }
        List<String> engagementIds = TaskRows.engagementIds(tasks.tasks());
        Map<String, EngagementHeadline> headlines = engagementIds.isEmpty() ? Map.of() : engagements.headlines(engagementIds);
        rows = TaskRows.of(tasks.tasks(), headlines, clock.instant());
        TaskScope other = taskScope == TaskScope.MINE ? TaskScope.MY_GROUPS : TaskScope.MINE;
        String otherCount = countText(workflow.tasks(user, other, 0, 1));
        totalText = countText(tasks);
        mineCount = taskScope == TaskScope.MINE ? totalText : otherCount;
        groupsCount = taskScope == TaskScope.MINE ? otherCount : totalText;
    }

    public String claim(TaskRow row) {
        return act(row, () -> workflow.claim(row.taskId(), caller.current()),
                "You have claimed ‘" + row.taskName() + "’ for " + row.reference() + ". It is now in My tasks.");
    }

    public String unclaim(TaskRow row) {
        return act(row, () -> workflow.unclaim(row.taskId(), caller.current()),
                "You have unclaimed ‘" + row.taskName() + "’ for " + row.reference()
                        + ". Anyone in its group can now claim it.");
    }

    private String act(TaskRow row, Runnable change, String confirmation) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
        } catch (LocusException e) {
            FormErrors.showGlobal(context, e.getMessage());
            load();
            return null;
        }
        context.getExternalContext().getFlash().put("confirmation", confirmation);
        return pageAddress(scope, paging.page()) + "&faces-redirect=true";
    }

    /** The address of a page of the list shown, for the pagination. */
    public String pageAddress(int pageNumber) {
        return pageAddress(scope, pageNumber);
    }

    /** The address of a page of a list, for the tabs and the pagination. */
    public String pageAddress(String listScope, int pageNumber) {
        return VIEW + "?scope=" + listScope + "&page=" + pageNumber;
    }

    public boolean isMine() {
        return taskScope == TaskScope.MINE;
    }

    public String getListName() {
        return isMine() ? "My tasks" : "My groups’ tasks";
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public List<TaskRow> getRows() {
        return rows;
    }

    public Paging getPaging() {
        return paging;
    }

    public String getMineCount() {
        return mineCount;
    }

    public String getGroupsCount() {
        return groupsCount;
    }

    /** How many tasks the list holds: "1,000" or, for a list counted only part of the way, "more than 1,000". */
    public String getTotalText() {
        return totalText;
    }

    static String countText(TaskPage page) {
        String count = String.format(Locale.UK, "%,d", page.total());
        return page.totalExact() ? count : "more than " + count;
    }
}
