package org.locus.intake.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locus.platform.api.engagement.EngagementProcess;

/**
 * Walks every path of intake's diagram ({@code bpmn/intake.bpmn}) with the real intake-fit rule:
 * each task waits for its group with its form and due date, and the diagram ends agreed or referred,
 * handing the map the decision it branches on.
 */
@Deployment(resources = {"bpmn/intake.bpmn", "bpmn/intake-fit.dmn"})
class IntakeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private static final String ENGAGEMENT_ID = "e-0001";
  private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

  @BeforeEach
  void setUp() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    reset();
  }

  @Test
  void agreesAnEngagementThatFitsTheRemit() throws Exception {
    // given
    ProcessInstance engagement = startEngagement();
    assertThat(engagement).hasBusinessKey(ENGAGEMENT_ID).isWaitingAt(IntakeProcess.ASSESS_FIT.taskKey());
    assertTaskFor("staff", "intake/forms/assess-fit.xhtml", 5);

    // when
    complete(task(), allInPlace());
    // then
    assertThat(engagement).isWaitingAt("confirmFit");
    assertThat(engagement).variables().containsEntry("fitRecommendation", "accept");
    assertTaskFor("staff", "intake/forms/confirm-fit.xhtml", 3);

    // when
    complete(task(), withVariables("fitDecision", "accept"));
    // then
    assertThat(engagement).isWaitingAt("scopeEngagement");
    assertTaskFor("staff", "intake/forms/scope-engagement.xhtml", 10);

    // when
    complete(task());
    // then
    assertThat(engagement).isWaitingAt("draftAgreement");
    assertTaskFor("staff", "intake/forms/draft-agreement.xhtml", 10);

    // when
    complete(task());
    // then
    assertThat(engagement).isWaitingAt("approveAgreement");
    assertTaskFor("manager", "intake/forms/approve-agreement.xhtml", 5);

    // when
    complete(task(), withVariables("agreementApproved", true));
    // then
    assertThat(engagement).isWaitingAt("assignTeam");
    assertTaskFor("manager", "intake/forms/assign-team.xhtml", 5);

    // when
    complete(task());
    // then
    assertThat(engagement).isEnded().hasPassedInOrder(
        "firstContactLogged", "assessFit", "decideFit", "confirmFit", "fitDecided",
        "scopeEngagement", "draftAgreement", "approveAgreement", "agreementDecided",
        "assignTeam", "engagementAgreed");
    assertThat(engagement).hasNotPassed("referredElsewhere");
    assertThat(engagement).variables().containsEntry("fitDecision", "accept");
  }

  @Test
  void refersElsewhereWhenTheRuleRecommendsItAndStaffConfirm() throws Exception {
    // given
    ProcessInstance engagement = startEngagement();
    assertThat(engagement).isWaitingAt("assessFit");
    complete(task(), allInPlaceExcept("topTeamInvolved"));
    assertThat(engagement).isWaitingAt("confirmFit");
    assertThat(engagement).variables()
        .containsEntry("fitRecommendation", "referElsewhere")
        .containsEntry("fitReason", "We work with the top political and managerial teams of a place.");

    // when
    complete(task(), withVariables("fitDecision", "referElsewhere"));

    // then
    assertThat(engagement).isEnded().hasPassedInOrder(
        "firstContactLogged", "assessFit", "decideFit", "confirmFit", "fitDecided",
        "referredElsewhere");
    assertThat(engagement).hasNotPassed("scopeEngagement", "engagementAgreed");
    assertThat(engagement).variables().containsEntry("fitDecision", "referElsewhere");
  }

  @Test
  void goesOnToScopingWhenStaffOverrideARecommendationToReferElsewhere() throws Exception {
    // given
    ProcessInstance engagement = startEngagement();
    assertThat(engagement).isWaitingAt("assessFit");
    complete(task(), allInPlaceExcept("fundingAvailable"));
    assertThat(engagement).isWaitingAt("confirmFit");
    assertThat(engagement).variables().containsEntry("fitRecommendation", "referElsewhere");

    // when
    complete(task(), withVariables("fitDecision", "accept"));

    // then
    assertThat(engagement).isWaitingAt("scopeEngagement").hasPassedInOrder(
        "assessFit", "decideFit", "confirmFit", "fitDecided");
    assertThat(engagement).hasNotPassed("referredElsewhere");
  }

  @Test
  void refersElsewhereWhenStaffOverrideARecommendationToAccept() throws Exception {
    // given
    ProcessInstance engagement = startEngagement();
    assertThat(engagement).isWaitingAt("assessFit");
    complete(task(), allInPlace());
    assertThat(engagement).isWaitingAt("confirmFit");
    assertThat(engagement).variables().containsEntry("fitRecommendation", "accept");

    // when
    complete(task(), withVariables("fitDecision", "referElsewhere"));

    // then
    assertThat(engagement).isEnded().hasPassedInOrder(
        "decideFit", "confirmFit", "fitDecided", "referredElsewhere");
    assertThat(engagement).hasNotPassed("scopeEngagement");
  }

  @Test
  void returnsTheAgreementForRedraftingUntilAManagerApprovesIt() throws Exception {
    // given
    ProcessInstance engagement = startEngagement();
    assertThat(engagement).isWaitingAt("assessFit");
    complete(task(), allInPlace());
    assertThat(engagement).isWaitingAt("confirmFit");
    complete(task(), withVariables("fitDecision", "accept"));
    assertThat(engagement).isWaitingAt("scopeEngagement");
    complete(task());
    assertThat(engagement).isWaitingAt("draftAgreement");
    complete(task());
    assertThat(engagement).isWaitingAt("approveAgreement");

    // when
    complete(task(), withVariables("agreementApproved", false));
    // then
    assertThat(engagement).isWaitingAt("draftAgreement");
    assertTaskFor("staff", "intake/forms/draft-agreement.xhtml", 10);

    // when
    complete(task());
    assertThat(engagement).isWaitingAt("approveAgreement");
    complete(task(), withVariables("agreementApproved", true));
    assertThat(engagement).isWaitingAt("assignTeam");
    complete(task());

    // then
    assertThat(engagement).isEnded().hasPassedInOrder(
        "draftAgreement", "approveAgreement", "agreementDecided",
        "draftAgreement", "approveAgreement", "agreementDecided",
        "assignTeam", "engagementAgreed");
  }

  private ProcessInstance startEngagement() {
    return runtimeService().startProcessInstanceByKey(
        IntakeProcess.KEY, ENGAGEMENT_ID, withVariables(EngagementProcess.ENGAGEMENT_ID, ENGAGEMENT_ID));
  }

  /** The four answers from "Assess fit with the remit", all yes. */
  private static Map<String, Object> allInPlace() {
    return allInPlaceExcept();
  }

  /** The four answers from "Assess fit with the remit", all yes except the one named. */
  private static Map<String, Object> allInPlaceExcept(String... missing) {
    Map<String, Object> answers = withVariables(
        "topTeamInvolved", true, "placeBased", true, "capacityAvailable", true, "fundingAvailable", true);
    for (String answer : missing) {
      answers.put(answer, false);
    }
    return answers;
  }

  /**
   * The waiting task is offered to exactly this group, opens this form, and is due this many days after it is
   * created: the diagram leaves the due date to configuration (intake's microprofile-config.properties, which
   * the platform reads as it creates the task), so the engine here gives it none.
   */
  private static void assertTaskFor(String group, String formKey, int dueInDays) {
    Task task = task();
    assertThat(task).hasCandidateGroup(group).hasFormKey(formKey);
    assertThat(task.getDueDate()).isNull();
    assertThat(configuredDuePeriod(task.getTaskDefinitionKey())).isEqualTo("P" + dueInDays + "D");
    assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly(group);
  }

  private static String configuredDuePeriod(String taskKey) {
    java.util.Properties config = new java.util.Properties();
    try (java.io.InputStream in = IntakeProcessTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      config.load(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return config.getProperty("locus.due.intake." + taskKey);
  }
}
