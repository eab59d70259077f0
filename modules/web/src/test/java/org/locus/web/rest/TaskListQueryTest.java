package org.locus.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.workflow.TaskScope;

class TaskListQueryTest {

    @Test
    void defaultsToTheFirstTwentyOfMyTasks() {
        assertThat(TaskListQuery.parse(null, null, null)).isEqualTo(new TaskListQuery(TaskScope.MINE, 0, 20));
    }

    @Test
    void readsGroupsAndPaging() {
        assertThat(TaskListQuery.parse("groups", "40", "10")).isEqualTo(new TaskListQuery(TaskScope.MY_GROUPS, 40, 10));
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
}
