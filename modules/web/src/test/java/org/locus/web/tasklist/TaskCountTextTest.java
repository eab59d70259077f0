package org.locus.web.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.workflow.TaskPage;

class TaskCountTextTest {

    @Test
    void anExactCountIsShownAsItIs() {
        assertThat(TasklistPage.countText(new TaskPage(List.of(), 7, 0, 20))).isEqualTo("7");
        assertThat(TasklistPage.countText(new TaskPage(List.of(), 1234, 0, 20))).isEqualTo("1,234");
    }

    @Test
    void aListCountedPartOfTheWayIsMoreThanItsCount() {
        assertThat(TasklistPage.countText(new TaskPage(List.of(), 1000, 0, 20, false))).isEqualTo("more than 1,000");
    }
}
