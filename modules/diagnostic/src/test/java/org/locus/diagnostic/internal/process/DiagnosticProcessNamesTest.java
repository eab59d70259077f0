package org.locus.diagnostic.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementProcess;

/**
 * The diagnostic's names agree with the diagram that is deployed ({@code bpmn/diagnostic.bpmn}): task
 * ids and names, the forms they open, the bean it asks who the tasks are for, and the variables.
 */
class DiagnosticProcessNamesTest {

    private static BpmnModelInstance diagram;

    @BeforeAll
    static void readTheDiagram() throws Exception {
        try (InputStream in = DiagnosticProcessNamesTest.class.getResourceAsStream("/bpmn/diagnostic.bpmn")) {
            diagram = Bpmn.readModelFromStream(in);
        }
    }

    @Test
    void isTheProcessTheMapCalls() {
        assertThat(diagram.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(DiagnosticProcess.KEY);
        assertThat(DiagnosticProcess.PLAN.processKey()).isEqualTo(DiagnosticProcess.KEY);
    }

    @Test
    void namesItsUserTasksAsTheDiagramDoes() {
        Map<String, String> userTasks = diagram.getModelElementsByType(UserTask.class).stream()
                .collect(Collectors.toMap(UserTask::getId, UserTask::getName));

        assertThat(userTasks).isEqualTo(DiagnosticProcess.TASKS);
        assertThat(Arrays.asList(DiagnosticProcess.PLAN, DiagnosticProcess.INTERVIEWS, DiagnosticProcess.SURVEY,
                DiagnosticProcess.FINDINGS, DiagnosticProcess.PLAYBACK))
                .extracting(key -> key.taskKey()).containsExactlyInAnyOrderElementsOf(userTasks.keySet());
    }

    @Test
    void shipsAPageForTheFormOfEachTaskUnderItsOwnFolder() {
        for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormKey()).startsWith("diagnostic/forms/");
            assertThat(getClass().getResource("/META-INF/resources/" + task.getCamundaFormKey()))
                    .as("page for %s", task.getCamundaFormKey()).isNotNull();
        }
    }

    @Test
    void namesADuePeriodForEveryTaskInItsConfiguration() throws Exception {
        Properties config = new Properties();
        try (InputStream in = DiagnosticProcessNamesTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
            String property = "locus.due." + DiagnosticProcess.KEY + "." + task.getId();
            assertThat(config.getProperty(property)).as(property).matches("P\\d+D");
        }
    }

    @Test
    void asksTheTeamBeanByItsNameWithTheEngagementsIdForEveryAssignee() throws Exception {
        String team = EngagementTeam.class.getAnnotation(Named.class).value();
        Method lead = EngagementTeam.class.getMethod("lead", String.class);
        Method interviewers = EngagementTeam.class.getMethod("interviewers", String.class);
        String byLead = "${" + team + "." + lead.getName() + "(" + EngagementProcess.ENGAGEMENT_ID + ")}";

        for (UserTask task : diagram.getModelElementsByType(UserTask.class)) {
            String expected = task.getId().equals(DiagnosticProcess.RECORD_INTERVIEWS)
                    ? "${" + DiagnosticProcess.INTERVIEWER + "}" : byLead;
            assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isEqualTo(expected);
            assertThat(task.getCamundaCandidateGroups()).isEqualTo("staff");
            assertThat(task.getCamundaDueDate()).as("due date of %s comes from configuration", task.getId()).isNull();
        }
        MultiInstanceLoopCharacteristics perInterviewer = diagram.getModelElementsByType(MultiInstanceLoopCharacteristics.class)
                .iterator().next();
        assertThat(perInterviewer.getCamundaCollection())
                .isEqualTo("${" + team + "." + interviewers.getName() + "(" + EngagementProcess.ENGAGEMENT_ID + ")}");
        assertThat(perInterviewer.getCamundaElementVariable()).isEqualTo(DiagnosticProcess.INTERVIEWER);
        assertThat(perInterviewer.isSequential()).isFalse();
    }

    @Test
    void sharesItsVariableNamesWithTheGateways() {
        assertThat(diagram.getModelElementsByType(ConditionExpression.class)).extracting(ConditionExpression::getTextContent)
                .containsExactlyInAnyOrder(
                        "${" + DiagnosticProcess.SURVEY_RUN + "}", "${!" + DiagnosticProcess.SURVEY_RUN + "}",
                        "${" + DiagnosticProcess.FINDINGS_VALIDATED + "}", "${!" + DiagnosticProcess.FINDINGS_VALIDATED + "}");
    }
}
