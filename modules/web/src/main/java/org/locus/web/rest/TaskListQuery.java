package org.locus.web.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.workflow.TaskCursor;
import org.locus.platform.api.workflow.TaskScope;
import org.locus.web.tasklist.TaskScopes;

/**
 * The tasklist's query parameters, read by hand so that a wrong one is a 400 that says which, rather
 * than the 404 Jakarta REST gives for a query parameter it cannot convert.
 */
record TaskListQuery(TaskScope scope, int first, int size, Optional<TaskCursor> after) {


    static TaskListQuery parse(String scope, String first, String size) {
        return parse(scope, first, size, null);
    }

    static TaskListQuery parse(String scope, String first, String size, String after) {
        Map<String, String> errors = new LinkedHashMap<>();
        TaskScope taskScope = scope == null || scope.isBlank()
                ? TaskScope.MINE
                : TaskScopes.fromParameter(scope.strip()).orElse(null);
        if (taskScope == null) {
            errors.put("scope", "Scope must be mine or groups");
        }
        QueryPaging paging = QueryPaging.read(first, size, errors);
        Optional<TaskCursor> cursor = after == null || after.isBlank() ? Optional.empty() : TaskCursor.decode(after.strip());
        if (after != null && !after.isBlank() && cursor.isEmpty()) {
            errors.put("after", "After must be the next cursor of an earlier page");
        }
        if (cursor.isPresent() && first != null && !first.isBlank()) {
            errors.put("first", "Give first or after, not both");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some query parameters are wrong", errors);
        }
        return new TaskListQuery(taskScope, paging.first(), paging.size(), cursor);
    }
}
