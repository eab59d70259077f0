package org.locus.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.security.CurrentUser;

/** What a task form says to the person reading it about who did what. */
class TaskFormTest {

    private final CurrentUser sam = new CurrentUser("sam", Set.of("staff"));

    @Test
    void saysYouToThePersonWhoCompletedTheTask() {
        assertThat(TaskForm.toReader("This task was already completed by sam.", sam))
                .isEqualTo("This task was already completed by you.");
    }

    @Test
    void namesAnyoneElse() {
        assertThat(TaskForm.toReader("This task has been claimed by samira.", sam))
                .isEqualTo("This task has been claimed by samira.");
        assertThat(TaskForm.toReader("This task was already completed by priya.", sam))
                .isEqualTo("This task was already completed by priya.");
    }
}
