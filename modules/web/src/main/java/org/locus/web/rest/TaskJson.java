package org.locus.web.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;

/**
 * A task in the API's tasklist.
 *
 * @param key     the BPMN task id, such as {@code assessFit}: which values {@code complete} takes
 * @param formKey the web form that completes it, such as {@code intake/forms/assess-fit.xhtml}
 */
@Schema(name = "TaskJson", description = "A user task waiting in an engagement's process",
        requiredProperties = {"id", "key", "name", "candidateGroups", "created", "overdue", "engagement"})
public record TaskJson(
        @Schema(description = "The task's id, for claim, unclaim and complete", example = "6ff13767-edc7-11f1-86e7-02fc00000001") String id,
        @Schema(description = "The BPMN task id: which values complete takes", example = "assessFit") String key,
        @Schema(description = "What the task is, in plain words", example = "Assess fit with the remit") String name,
        @Schema(description = "The web form that completes it", nullable = true, example = "intake/forms/assess-fit.xhtml") String formKey,
        @Schema(description = "The user id of who holds it; left out while it is unclaimed", nullable = true, example = "sam") String assignee,
        @Schema(description = "The groups it is offered to", example = "[\"staff\"]") List<String> candidateGroups,
        @Schema(description = "When it was created", example = "2026-12-01T20:40:25.755Z") Instant created,
        @Schema(description = "When it is due; left out when it has no due date", nullable = true, example = "2026-12-06T20:40:25.757Z") Instant due,
        @Schema(description = "Whether it is past its due date", example = "false") boolean overdue,
        @Schema(description = "Why a manager suspended its engagement; left out while the engagement runs (a suspended task cannot be claimed or completed)",
                nullable = true, example = "Pre-election period") String suspendedReason,
        @Schema(description = "The engagement it belongs to") EngagementJson engagement) {

    static TaskJson of(WorkTask task, EngagementHeadline headline, Instant now) {
        return new TaskJson(task.id(), task.key(), task.name(), task.formKey(), task.assignee(),
                task.candidateGroups().stream().sorted().toList(), task.created(), task.due(), task.isOverdue(now),
                task.suspendedReason(),
                EngagementJson.of(task.businessKey(), headline));
    }
}
