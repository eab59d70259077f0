package org.locus.web.rest;

import java.time.Instant;
import java.util.List;

import org.locus.intake.api.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;

/**
 * A task in the API's tasklist.
 *
 * @param key     the BPMN task id, such as {@code assessFit}: which values {@code complete} takes
 * @param formKey the web form that completes it, such as {@code intake/forms/assess-fit.xhtml}
 */
public record TaskJson(String id, String key, String name, String formKey, String assignee,
                       List<String> candidateGroups, Instant created, Instant due, boolean overdue,
                       EngagementJson engagement) {

    static TaskJson of(WorkTask task, EngagementHeadline headline, Instant now) {
        return new TaskJson(task.id(), task.key(), task.name(), task.formKey(), task.assignee(),
                task.candidateGroups().stream().sorted().toList(), task.created(), task.due(), task.isOverdue(now),
                EngagementJson.of(task.businessKey(), headline));
    }
}
