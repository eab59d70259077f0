package org.locus.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The map ({@code bpmn/engagement.bpmn}) on its own: the stages it calls in order, what it passes
 * down and reads back, and where it ends. Each stage's own diagram is tested in its module, so here
 * each stage is a stand-in with one task, deployed under the stage's process id.
 */
class EngagementMapTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final String ENGAGEMENT_ID = "e-0042";

    private String deployment;

    @BeforeEach
    void deployTheMapAndStandInsForItsStages() throws Exception {
        init(engine.getProcessEngine());
        var builder = repositoryService().createDeployment().addModelInstance("engagement.bpmn", map());
        for (String stage : calledStages()) {
            builder.addModelInstance(stage + ".bpmn", Bpmn.createExecutableProcess(stage).startEvent()
                    .userTask("workIn_" + stage).endEvent().done());
        }
        deployment = builder.deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService().deleteDeployment(deployment, true);
        reset();
    }

    @Test
    void callsEachStageInTurnWithTheEngagementAndEndsCompleted() throws Exception {
        ProcessInstance map = start();

        assertThat(map).isWaitingAt("intake");
        ProcessInstance intake = calledProcessInstance("intake", map);
        assertThat(intake).hasBusinessKey(ENGAGEMENT_ID).variables().containsEntry("engagementId", ENGAGEMENT_ID);
        complete(task(intake), withVariables("fitDecision", "accept"));

        assertThat(map).isWaitingAt("diagnostic");
        ProcessInstance diagnostic = calledProcessInstance("diagnostic", map);
        assertThat(diagnostic).hasBusinessKey(ENGAGEMENT_ID).variables().containsEntry("engagementId", ENGAGEMENT_ID);
        complete(task(diagnostic));

        assertThat(map).isEnded().hasPassedInOrder("firstContactLogged", "intake", "takenOn", "diagnostic", "findingsValidated");
        assertThat(map).hasNotPassed("referredElsewhere");
    }

    @Test
    void endsReferredElsewhereWhenIntakeHandsBackAReferral() throws Exception {
        ProcessInstance map = start();

        complete(task(calledProcessInstance("intake", map)), withVariables("fitDecision", "referElsewhere"));

        assertThat(map).isEnded().hasPassed("referredElsewhere").hasNotPassed("diagnostic");
    }

    @Test
    void namesTheStageOfEveryCallActivityAndTheStatusOfEveryEnd() throws Exception {
        BpmnModelInstance map = map();

        assertThat(map.getModelElementsByType(CallActivity.class))
                .extracting(call -> property(call.getExtensionElements(), "stage"))
                .containsExactly("INTAKE", "DIAGNOSTIC");
        assertThat(map.getModelElementsByType(EndEvent.class))
                .extracting(end -> property(end.getExtensionElements(), "status"))
                .containsExactlyInAnyOrder("REFERRED_ELSEWHERE", "COMPLETED", "WITHDRAWN");
    }

    @Test
    void endsWithdrawnFromIntakeCancellingTheStageAndItsTasks() throws Exception {
        ProcessInstance map = start();
        ProcessInstance intake = calledProcessInstance("intake", map);

        runtimeService().createMessageCorrelation("placeWithdrew").processInstanceId(map.getId()).correlate();

        assertThat(map).isEnded().hasPassedInOrder("withdrawalRecorded", "withdrawn").hasNotPassed("diagnostic");
        assertThat(intake).isEnded();
        assertThat(engine.getProcessEngine().getTaskService().createTaskQuery().processInstanceBusinessKey(ENGAGEMENT_ID).count())
                .as("the stage's open tasks are cancelled").isZero();
    }

    @Test
    void endsWithdrawnFromTheDiagnosticTheSameWay() throws Exception {
        ProcessInstance map = start();
        complete(task(calledProcessInstance("intake", map)), withVariables("fitDecision", "accept"));
        ProcessInstance diagnostic = calledProcessInstance("diagnostic", map);

        runtimeService().createMessageCorrelation("placeWithdrew").processInstanceId(map.getId()).correlate();

        assertThat(map).isEnded().hasPassed("diagnostic", "withdrawn").hasNotPassed("findingsValidated");
        assertThat(diagnostic).isEnded();
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("engagement", ENGAGEMENT_ID, Map.of("engagementId", ENGAGEMENT_ID));
    }

    private static List<String> calledStages() throws Exception {
        return map().getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement).toList();
    }

    private static String property(org.camunda.bpm.model.bpmn.instance.ExtensionElements extensions, String name) {
        return extensions.getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .singleResult().getCamundaProperties().stream()
                .filter(property -> name.equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }

    private static BpmnModelInstance map() throws Exception {
        try (InputStream in = EngagementMapTest.class.getResourceAsStream("/bpmn/engagement.bpmn")) {
            BpmnModelInstance map = Bpmn.readModelFromStream(in);
            assertThat(map.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly("engagement");
            return map;
        }
    }
}
