package org.locus.diagnostic.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;

/**
 * Walks every path of the {@code diagnostic} process ({@code bpmn/diagnostic.bpmn}): the survey run
 * or not, playback validating the findings or sending them back, one task per enabler. The team
 * comes from the real {@link EngagementTeam} over a stubbed intake.
 */
@Deployment(resources = "bpmn/diagnostic.bpmn")
class DiagnosticProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final String ENGAGEMENT_ID = "e-0003";
    private static final String LEAD = "priya";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final IntakeService intake = mock(IntakeService.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        Mocks.register(DiagnosticProcess.ENGAGEMENT_TEAM, new EngagementTeam(intake));
        ClockUtil.setCurrentTime(Date.from(NOW));
        teamIs(LEAD, "sam", "jo");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        reset();
    }

    @Test
    void runsTheSurveyAlongsideTheInterviewsAndEndsWhenTheFindingsAreValidated() {
        // given
        ProcessInstance diagnostic = startDiagnostic();
        assertThat(diagnostic).hasBusinessKey(ENGAGEMENT_ID).isWaitingAt("planInterviews");
        assertTaskFor("planInterviews", LEAD, "diagnostic/forms/plan-interviews.xhtml", 10);

        // when
        complete(only("planInterviews"), withVariables("surveyRun", true));
        // then
        assertThat(diagnostic).isWaitingAt("recordInterviews", "recordSurvey");
        assertTaskFor("recordSurvey", LEAD, "diagnostic/forms/record-survey.xhtml", 20);

        // when
        complete(only("recordSurvey"));
        tasksAt("recordInterviews").forEach(task -> complete(task));
        // then
        assertThat(diagnostic).isWaitingAt("synthesiseFindings");
        assertTaskFor("synthesiseFindings", LEAD, "diagnostic/forms/synthesise-findings.xhtml", 10);

        // when
        complete(only("synthesiseFindings"));
        // then
        assertThat(diagnostic).isWaitingAt("playBackFindings");
        assertTaskFor("playBackFindings", LEAD, "diagnostic/forms/play-back-findings.xhtml", 10);

        // when
        complete(only("playBackFindings"), withVariables("findingsValidated", true));
        // then
        assertThat(diagnostic).isEnded().hasPassedInOrder("diagnosticStarted", "planInterviews", "evidenceSplit",
                "recordSurvey", "surveyDone", "evidenceGathered", "synthesiseFindings", "playBackFindings",
                "findingsDecided", "findingsValidated");
        assertThat(diagnostic).hasPassed("recordInterviews", "surveyDecided");
    }

    @Test
    void goesStraightToTheFindingsAfterTheInterviewsWhenNoSurveyIsRun() {
        // given
        ProcessInstance diagnostic = startDiagnostic();
        // when
        complete(only("planInterviews"), withVariables("surveyRun", false));
        // then
        assertThat(diagnostic).isWaitingAt("recordInterviews");
        assertThat(tasksAt("recordSurvey")).isEmpty();

        // when
        tasksAt("recordInterviews").forEach(task -> complete(task));
        // then
        assertThat(diagnostic).isWaitingAt("synthesiseFindings");
        assertThat(diagnostic).hasPassed("surveyDecided", "surveyDone").hasNotPassed("recordSurvey");
    }

    @Test
    void givesEachEnablerATaskOfTheirOwnAndWaitsForAllOfThemBeforeTheFindings() {
        // given
        ProcessInstance diagnostic = startDiagnostic();
        complete(only("planInterviews"), withVariables("surveyRun", false));

        // then
        List<Task> interviews = tasksAt("recordInterviews");
        assertThat(interviews).extracting(Task::getAssignee).containsExactlyInAnyOrder("sam", "jo");
        assertTaskFor(interviews.get(0), interviews.get(0).getAssignee(), "diagnostic/forms/record-interviews.xhtml", 20);

        // when
        complete(interviews.get(0));
        // then
        assertThat(diagnostic).isWaitingAt("recordInterviews").isNotWaitingAt("synthesiseFindings");
        assertThat(tasksAt("recordInterviews")).extracting(Task::getAssignee)
                .containsExactly(interviews.get(1).getAssignee());

        // when
        complete(tasksAt("recordInterviews").get(0));
        // then
        assertThat(diagnostic).isWaitingAt("synthesiseFindings");
    }

    @Test
    void waitsForTheSurveyEvenWhenEveryInterviewIsRecorded() {
        // given
        ProcessInstance diagnostic = startDiagnostic();
        complete(only("planInterviews"), withVariables("surveyRun", true));

        // when
        tasksAt("recordInterviews").forEach(task -> complete(task));

        // then
        assertThat(diagnostic).isWaitingAt("recordSurvey").isNotWaitingAt("synthesiseFindings");
    }

    @Test
    void givesTheLeadTheInterviewsWhenTheEngagementHasNoEnablers() {
        // given
        teamIs(LEAD);
        ProcessInstance diagnostic = startDiagnostic();

        // when
        complete(only("planInterviews"), withVariables("surveyRun", false));

        // then
        assertThat(diagnostic).isWaitingAt("recordInterviews");
        assertThat(tasksAt("recordInterviews")).extracting(Task::getAssignee).containsExactly(LEAD);
    }

    @Test
    void sendsTheFindingsBackForRevisionUntilTheParticipantsValidateThem() {
        // given
        ProcessInstance diagnostic = startDiagnostic();
        complete(only("planInterviews"), withVariables("surveyRun", false));
        tasksAt("recordInterviews").forEach(task -> complete(task));
        complete(only("synthesiseFindings"));

        // when
        complete(only("playBackFindings"), withVariables("findingsValidated", false));
        // then
        assertThat(diagnostic).isWaitingAt("synthesiseFindings");
        assertTaskFor("synthesiseFindings", LEAD, "diagnostic/forms/synthesise-findings.xhtml", 10);

        // when
        complete(only("synthesiseFindings"));
        complete(only("playBackFindings"), withVariables("findingsValidated", true));
        // then
        assertThat(diagnostic).isEnded();
        assertThat(historicCount("synthesiseFindings")).isEqualTo(2);
        assertThat(historicCount("playBackFindings")).isEqualTo(2);
    }

    private void teamIs(String lead, String... enablers) {
        EngagementSummary summary = new EngagementSummary(ENGAGEMENT_ID, "ENG-2026-0003", NOW, "sam", "Northshire",
                List.of("Northshire Council"), null, "Help", "A colleague", null, null, null, null, null, null,
                new EngagementSummary.Team(lead, List.of(enablers)));
        when(intake.summary(ENGAGEMENT_ID)).thenReturn(Optional.of(summary));
    }

    private static ProcessInstance startDiagnostic() {
        return runtimeService().startProcessInstanceByKey(DiagnosticProcess.KEY, ENGAGEMENT_ID,
                Map.of("engagementId", ENGAGEMENT_ID));
    }

    private static List<Task> tasksAt(String taskKey) {
        return taskService().createTaskQuery().processInstanceBusinessKey(ENGAGEMENT_ID)
                .taskDefinitionKey(taskKey).initializeFormKeys().list();
    }

    private static Task only(String taskKey) {
        List<Task> tasks = tasksAt(taskKey);
        assertThat(tasks).as("open tasks %s", taskKey).hasSize(1);
        return tasks.get(0);
    }

    private static long historicCount(String taskKey) {
        return engine.getProcessEngine().getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(ENGAGEMENT_ID).taskDefinitionKey(taskKey).count();
    }

    private static void assertTaskFor(String taskKey, String assignee, String formKey, int dueInDays) {
        assertTaskFor(only(taskKey), assignee, formKey, dueInDays);
    }

    /**
     * The task is the person's, offered to staff, opens its form, and falls due so many days after it is
     * created: the diagram leaves the due date to configuration (the module's microprofile-config.properties,
     * which the platform reads as it creates the task), so the engine here gives it none.
     */
    private static void assertTaskFor(Task task, String assignee, String formKey, int dueInDays) {
        assertThat(task.getAssignee()).isEqualTo(assignee);
        assertThat(taskService().getIdentityLinksForTask(task.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId).containsExactly("staff");
        assertThat(task.getFormKey()).isEqualTo(formKey);
        assertThat(task.getDueDate()).isNull();
        assertThat(configuredDuePeriod(task.getTaskDefinitionKey())).isEqualTo("P" + dueInDays + "D");
    }

    private static String configuredDuePeriod(String taskKey) {
        java.util.Properties config = new java.util.Properties();
        try (java.io.InputStream in = DiagnosticProcessTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return config.getProperty("locus.due.diagnostic." + taskKey);
    }
}
