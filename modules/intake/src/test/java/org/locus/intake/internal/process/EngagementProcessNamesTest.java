package org.locus.intake.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Intake's names for the process agree with the diagram that is deployed ({@code bpmn/engagement.bpmn}):
 * task ids and names, the forms they open, the delegates they call, and the variables they share.
 */
class EngagementProcessNamesTest {

    private static BpmnModelInstance diagram;

    @BeforeAll
    static void readTheDiagram() throws Exception {
        try (InputStream in = EngagementProcessNamesTest.class.getResourceAsStream("/bpmn/engagement.bpmn")) {
            diagram = Bpmn.readModelFromStream(in);
        }
    }

    @Test
    void namesIntakesUserTasksAsTheDiagramDoes() {
        Map<String, String> userTasks = diagram.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(task -> task.getId(), task -> task.getName()));

        assertThat(userTasks).containsAllEntriesOf(EngagementProcess.INTAKE_TASKS);
        assertThat((Object) diagram.getModelElementById(EngagementProcess.KEY)).isNotNull();
    }

    @Test
    void shipsAPageForTheFormOfEachOfItsTasks() {
        for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
            if (EngagementProcess.INTAKE_TASKS.containsKey(task.getId())) {
                assertThat(getClass().getResource("/META-INF/resources/" + task.getCamundaFormKey()))
                        .as("page for %s", task.getCamundaFormKey()).isNotNull();
            }
        }
    }

    @Test
    void providesEveryDelegateTheDiagramCallsByName() {
        Collection<String> called = diagram.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression).toList();

        assertThat(called).containsExactlyInAnyOrder(
                "${" + RecordReferralDelegate.class.getAnnotation(Named.class).value() + "}",
                "${" + RecordAgreedEngagementDelegate.class.getAnnotation(Named.class).value() + "}");
    }

    @Test
    void sharesItsVariableNamesWithTheDiagram() throws Exception {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/engagement.bpmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(xml).contains("${fitDecision == 'accept'}", "${agreementApproved}",
                "name=\"" + EngagementVariables.FIT_RECOMMENDATION + "\"", "name=\"" + EngagementVariables.FIT_REASON + "\"");
        assertThat(diagram.getModelElementsByType(BusinessRuleTask.class))
                .extracting(BusinessRuleTask::getCamundaDecisionRef).containsExactly("intakeFit");
        assertThat(EngagementVariables.FIT_DECISION).isEqualTo("fitDecision");
        assertThat(EngagementVariables.AGREEMENT_APPROVED).isEqualTo("agreementApproved");
    }
}
