package org.locus.web.tasklist;

import java.util.Optional;

import org.locus.platform.api.workflow.TaskScope;

/** The tasklist's two lists as they appear in addresses: {@code mine} and {@code groups}. */
public final class TaskScopes {

    public static final String MINE = "mine";
    public static final String GROUPS = "groups";

    private TaskScopes() {
    }

    public static Optional<TaskScope> fromParameter(String parameter) {
        if (MINE.equals(parameter)) {
            return Optional.of(TaskScope.MINE);
        }
        if (GROUPS.equals(parameter)) {
            return Optional.of(TaskScope.MY_GROUPS);
        }
        return Optional.empty();
    }

    public static String parameterOf(TaskScope scope) {
        return scope == TaskScope.MINE ? MINE : GROUPS;
    }
}
