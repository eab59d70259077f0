package org.locus.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.workflow.TaskHandler;
import org.locus.platform.api.workflow.WorkTask;

class TaskHandlersTest {

    @Test
    void findsTheHandlerThatCompletesTheTask() {
        TaskHandler intake = handler("assessFit", "confirmFit");
        TaskHandler other = handler("planInterviews");

        assertThat(TaskHandlers.forTask(List.of(other, intake), "confirmFit")).containsSame(intake);
    }

    @Test
    void noHandlerIsEmpty() {
        assertThat(TaskHandlers.forTask(List.of(handler("assessFit")), "reviewLegacy")).isEmpty();
    }

    @Test
    void twoHandlersForOneTaskIsAWiringMistake() {
        assertThatThrownBy(() -> TaskHandlers.forTask(List.of(handler("assessFit"), handler("assessFit")), "assessFit"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static TaskHandler handler(String... keys) {
        return new TaskHandler() {
            @Override
            public Set<String> taskKeys() {
                return Set.of(keys);
            }

            @Override
            public void complete(WorkTask task, JsonObject values) {
            }

            @Override
            public String toString() {
                return "handler of " + List.of(keys);
            }
        };
    }
}
