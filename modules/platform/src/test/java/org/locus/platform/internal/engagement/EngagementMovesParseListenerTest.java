package org.locus.platform.internal.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/**
 * The map's call activities and end events announce the engagement's moves by their extension
 * properties, on a real engine: a stage as the map enters it, a status as the map ends.
 */
class EngagementMovesParseListenerTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final List<EngagementMoved> moves = new ArrayList<>();
    private static ProcessEngine engine;

    @BeforeAll
    static void startAnEngineWithTheListener() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:engagement-moves;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("engagement-moves")
                .setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new EngagementMovesParseListener(moves::add))));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("stage.bpmn", Bpmn.createExecutableProcess("stage").startEvent().userTask("work").endEvent().done())
                .addString("map.bpmn", map("DIAGNOSTIC"))
                .deploy();
    }

    @AfterAll
    static void stopTheEngine() {
        engine.close();
    }

    @AfterEach
    void forget() {
        moves.clear();
        ClockUtil.reset();
    }

    @Test
    void announcesTheStageAsTheMapEntersItAndTheStatusAsItEnds() {
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        engine.getRuntimeService().startProcessInstanceByKey("map", "e-1", Map.of("engagementId", "e-1"));

        assertThat(moves).containsExactly(new EngagementMoved("e-1", Stage.DIAGNOSTIC, EngagementStatus.OPEN, MONDAY));

        String task = engine.getTaskService().createTaskQuery().taskDefinitionKey("work").singleResult().getId();
        engine.getTaskService().complete(task);

        assertThat(moves).containsExactly(new EngagementMoved("e-1", Stage.DIAGNOSTIC, EngagementStatus.OPEN, MONDAY),
                new EngagementMoved("e-1", null, EngagementStatus.COMPLETED, MONDAY));
    }

    @Test
    void refusesToStartAMapWithoutAnEngagement() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("map"))
                .hasMessageContaining("carries no engagement");
        assertThat(moves).isEmpty();
    }

    @Test
    void failsTheDeploymentOfAStageThatDoesNotExist() {
        String wrong = map("SOMEWHERE").replace("id=\"map\"", "id=\"wrong\"");

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("wrong.bpmn", wrong).deploy())
                .hasMessageContaining("SOMEWHERE");
    }

    /** A map of one stage: a call activity that names its stage, and an end that names the status. */
    private static String map(String stage) {
        return """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="urn:test">
                  <bpmn:process id="map" isExecutable="true">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toStage" sourceRef="start" targetRef="diagnostic"/>
                    <bpmn:callActivity id="diagnostic" calledElement="stage">
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="stage" value="%s"/></camunda:properties>
                        <camunda:in source="engagementId" target="engagementId"/>
                      </bpmn:extensionElements>
                    </bpmn:callActivity>
                    <bpmn:sequenceFlow id="toDone" sourceRef="diagnostic" targetRef="done"/>
                    <bpmn:endEvent id="done">
                      <bpmn:extensionElements>
                        <camunda:properties><camunda:property name="status" value="COMPLETED"/></camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(stage);
    }
}
