package org.locus.web.engagement;

import java.time.Instant;

import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.format.GovukFormats;
import org.locus.web.tasklist.TaskRows;

/**
 * An open task of an engagement, as its page lists it.
 *
 * @param formPath the task's form, only for someone who could work on it; null otherwise
 * @param holder   who has claimed it, or which groups it waits for
 */
public record OpenTask(String taskId, String name, String formPath, String holder, String due, boolean overdue) {

    static OpenTask of(WorkTask task, boolean mayWorkOnIt, Instant now) {
        String holder = task.isAssigned()
                ? task.assignee()
                : "Not claimed (" + String.join(" or ", task.candidateGroups().stream().sorted().toList()) + ")";
        return new OpenTask(task.id(), task.name(), mayWorkOnIt ? TaskRows.formPath(task) : null, holder,
                GovukFormats.date(task.due()), task.isOverdue(now));
    }
}
