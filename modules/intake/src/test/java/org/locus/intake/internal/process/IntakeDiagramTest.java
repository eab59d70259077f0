package org.locus.intake.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * Intake's names agree with the diagrams that are deployed: its own ({@code bpmn/intake.bpmn}) and
 * the map that calls it ({@code bpmn/engagement.bpmn}), read as Camunda reads them.
 */
class IntakeDiagramTest {

    private static BpmnModelInstance intake;
    private static BpmnModelInstance map;

    @BeforeAll
    static void readTheDiagrams() throws Exception {
        intake = read("/bpmn/intake.bpmn");
        map = read("/bpmn/engagement.bpmn");
    }

    @Test
    void declaresEveryUserTaskOfTheDiagramAndNoOther() throws Exception {
        List<String> inDiagram = intake.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList();

        assertThat(declaredTasks()).extracting(UserTaskKey::taskKey).containsExactlyInAnyOrderElementsOf(inDiagram);
        assertThat(declaredTasks()).extracting(UserTaskKey::processKey).containsOnly(processId());
    }

    @Test
    void callsNoDelegates() {
        // The stage and status move from the map; intake's diagram has no service of its own to call.
        assertThat(intake.getModelElementsByType(ServiceTask.class)).isEmpty();
        assertThat(intake.getModelElementsByType(BusinessRuleTask.class))
                .extracting(BusinessRuleTask::getCamundaDecisionRef).containsExactly("intakeFit");
    }

    @Test
    void branchesOnTheVariablesItsTasksSet() {
        List<String> conditions = intake.getModelElementsByType(ConditionExpression.class).stream()
                .map(ConditionExpression::getTextContent).toList();

        assertThat(conditions).contains("${" + IntakeVariables.FIT_DECISION + " == 'accept'}",
                "${" + IntakeVariables.FIT_DECISION + " == 'referElsewhere'}",
                "${" + IntakeVariables.AGREEMENT_APPROVED + "}", "${!" + IntakeVariables.AGREEMENT_APPROVED + "}");
    }

    @Test
    void isCalledByTheMapWhichReadsBackTheFitDecision() {
        var call = map.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class).stream()
                .filter(activity -> processId().equals(activity.getCalledElement())).findFirst().orElseThrow();

        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
                .extracting(CamundaOut::getCamundaSource).contains(IntakeVariables.FIT_DECISION);
    }

    private static String processId() {
        return intake.getModelElementsByType(Process.class).iterator().next().getId();
    }

    private static List<UserTaskKey> declaredTasks() throws IllegalAccessException {
        List<UserTaskKey> keys = new java.util.ArrayList<>();
        for (Field field : IntakeProcess.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == UserTaskKey.class) {
                keys.add((UserTaskKey) field.get(null));
            }
        }
        return keys;
    }

    private static BpmnModelInstance read(String path) throws Exception {
        try (InputStream in = IntakeDiagramTest.class.getResourceAsStream(path)) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
