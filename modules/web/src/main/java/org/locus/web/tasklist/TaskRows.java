package org.locus.web.tasklist;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.web.TaskPages;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.format.GovukFormats;

/** Puts a page of tasks together with their engagements' headlines, fetched for the whole page at once. */
public final class TaskRows {

    static final String NOT_KNOWN = "Not known";

    private TaskRows() {
    }

    /** The engagement ids of a page of tasks, each once: the one question to ask intake. */
    public static List<String> engagementIds(List<WorkTask> tasks) {
        return tasks.stream().map(WorkTask::businessKey).filter(Objects::nonNull).distinct().toList();
    }

    public static List<TaskRow> of(List<WorkTask> tasks, Map<String, EngagementHeadline> headlines, Instant now) {
        return tasks.stream().map(task -> row(task, headlines.get(task.businessKey()), now)).toList();
    }

    /** Where a task's form is: its form key as a path from the root, with the task's id. */
    public static String formPath(WorkTask task) {
        return TaskPages.formPath(task);
    }

    private static TaskRow row(WorkTask task, EngagementHeadline headline, Instant now) {
        return new TaskRow(task.id(), task.name(), formPath(task), task.businessKey(),
                headline == null ? NOT_KNOWN : headline.reference(),
                headline == null ? NOT_KNOWN : headline.placeName(),
                headline == null || headline.stage() == null ? NOT_KNOWN : headline.stage().label(),
                GovukFormats.date(task.due()),
                task.isOverdue(now),
                headline != null && headline.sponsorsMissing(),
                task.assignee(),
                task.isSuspended());
    }
}
