package org.locus.platform.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.WorkTask;

/** Where a task's form is, and whether a person could open it now: what every link to a task needs. */
public final class TaskPages {

    private TaskPages() {
    }

    /** The task's form key as a path from the root, with the task's id; null for a task with no form. */
    public static String formPath(WorkTask task) {
        if (task.formKey() == null || task.formKey().isBlank()) {
            return null;
        }
        String path = task.formKey().startsWith("/") ? task.formKey() : "/" + task.formKey();
        return path + (path.contains("?") ? "&" : "?") + "task=" + URLEncoder.encode(task.id(), StandardCharsets.UTF_8);
    }

    /** Held by the person, or waiting unclaimed for one of their groups: opening it would claim it. */
    public static boolean offeredTo(WorkTask task, CurrentUser user) {
        return user.id().equals(task.assignee()) || (!task.isAssigned() && user.isInAnyOf(task.candidateGroups()));
    }

    /** The engagement page of a business key. */
    public static String engagementPath(String engagementId) {
        return "/engagements/view.xhtml?id=" + URLEncoder.encode(engagementId, StandardCharsets.UTF_8);
    }
}
