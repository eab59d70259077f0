package org.locus.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.workflow.TaskCursor;
import org.locus.platform.api.workflow.TaskScope;

class TaskListQueryTest {

    @Test
    void defaultsToTheFirstTwentyOfMyTasks() {
        assertThat(TaskListQuery.parse(null, null, null)).isEqualTo(new TaskListQuery(TaskScope.MINE, 0, 20, Optional.empty()));
    }

    @Test
    void readsGroupsAndPaging() {
        assertThat(TaskListQuery.parse("groups", "40", "10")).isEqualTo(new TaskListQuery(TaskScope.MY_GROUPS, 40, 10, Optional.empty()));
    }

    @Test
    void saysWhichParametersAreWrong() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> TaskListQuery.parse("everyone", "-1", "1000"));

        assertThat(e.fieldErrors()).containsOnlyKeys("scope", "first", "size");
        assertThat(e.fieldErrors().get("scope")).isEqualTo("Scope must be mine or groups");
    }

    @Test
    void refusesNumbersThatAreNotNumbers() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> TaskListQuery.parse("mine", "ten", "20"));

        assertThat(e.fieldErrors()).containsOnlyKeys("first");
    }

    @Test
    void readsACursorFromAnEarlierPage() {
        TaskCursor cursor = new TaskCursor(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-11-25T10:15:30.123Z"), "task-42");

        TaskListQuery query = TaskListQuery.parse("groups", null, "20", cursor.encode());

        assertThat(query.after()).contains(cursor);
    }

    @Test
    void refusesACursorThatIsNotOne() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> TaskListQuery.parse("groups", null, "20", "not-a-cursor"));

        assertThat(e.fieldErrors()).containsOnlyKeys("after");
    }
}
