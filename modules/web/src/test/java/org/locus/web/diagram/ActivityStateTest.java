package org.locus.web.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.diagram.DiagramActivity;
import org.locus.platform.api.diagram.ProcessInstanceProgress;

class ActivityStateTest {

    private static final List<DiagramActivity> MAP = List.of(
            new DiagramActivity("firstContactLogged", "First contact logged", "startEvent", null),
            new DiagramActivity("intake", "Intake", "callActivity", "intake"),
            new DiagramActivity("takenOn", null, "exclusiveGateway", null),
            new DiagramActivity("diagnostic", "Diagnostic", "callActivity", "diagnostic"));

    @Test
    void stagesPassedAreMarkedTheCurrentOneCurrentAndTheRestNotReached() {
        ProcessInstanceProgress map = new ProcessInstanceProgress("p1", "engagement", "engagement:1:x", null,
                List.of("diagnostic"), List.of("firstContactLogged", "intake", "takenOn"), false);
        assertThat(ActivityState.of(MAP, map, activity -> activity.calledProcess() != null)).containsExactly(
                new ActivityState("intake", "Intake", ActivityState.State.PASSED),
                new ActivityState("diagnostic", "Diagnostic", ActivityState.State.CURRENT));
    }

    @Test
    void anActivityEnteredAgainIsCurrentAndStepsLeaveOutEventsAndGateways() {
        ProcessInstanceProgress looped = new ProcessInstanceProgress("p1", "engagement", "engagement:1:x", null,
                List.of("intake"), List.of("intake"), false);
        assertThat(ActivityState.of(MAP, looped, ActivityState::isStep)).extracting(ActivityState::state)
                .containsExactly(ActivityState.State.CURRENT, ActivityState.State.NOT_REACHED);
        assertThat(ActivityState.of(MAP, null, activity -> true)).extracting(ActivityState::name)
                .containsExactly("First contact logged", "Intake", "takenOn", "Diagnostic");
    }
}
