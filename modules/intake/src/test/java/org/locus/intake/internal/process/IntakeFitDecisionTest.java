package org.locus.intake.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake-fit rule ({@code bpmn/intake-fit.dmn}, decision {@code intakeFit}), one test per rule,
 * evaluated by the process engine exactly as the business rule task {@code decideFit} evaluates it.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/intake-fit.dmn")
class IntakeFitDecisionTest {

  private static final String TOP_TEAM_INVOLVED = "topTeamInvolved";
  private static final String PLACE_BASED = "placeBased";
  private static final String CAPACITY_AVAILABLE = "capacityAvailable";
  private static final String FUNDING_AVAILABLE = "fundingAvailable";

  private static final String ACCEPT = "accept";
  private static final String REFER_ELSEWHERE = "referElsewhere";

  ProcessEngine processEngine;

  @Test
  void refersElsewhereWhenTheTopTeamIsNotInvolved() {
    Map<String, Object> recommendation = decide(allInPlaceExcept(TOP_TEAM_INVOLVED));

    assertThat(recommendation)
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "We work with the top political and managerial teams of a place.");
  }

  @Test
  void refersElsewhereWhenTheWorkIsNotPlaceBased() {
    Map<String, Object> recommendation = decide(allInPlaceExcept(PLACE_BASED));

    assertThat(recommendation)
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "We work with a place and its partners, not a single organisation.");
  }

  @Test
  void refersElsewhereWhenThereIsNoCapacity() {
    Map<String, Object> recommendation = decide(allInPlaceExcept(CAPACITY_AVAILABLE));

    assertThat(recommendation)
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "We have no capacity to take this on now.");
  }

  @Test
  void refersElsewhereWhenNoFundingIsAvailable() {
    Map<String, Object> recommendation = decide(allInPlaceExcept(FUNDING_AVAILABLE));

    assertThat(recommendation)
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "No funding is available for the work.");
  }

  @Test
  void acceptsWhenTopTeamPlaceCapacityAndFundingAreAllInPlace() {
    Map<String, Object> recommendation = decide(allInPlaceExcept());

    assertThat(recommendation)
        .containsEntry("recommendation", ACCEPT)
        .containsEntry("reason", "Fits the remit: top team, place-based, capacity and funding in place.");
  }

  @Test
  void givesTheReasonOfTheFirstRuleThatMatchesWhenSeveralThingsAreMissing() {
    Map<String, Object> nothingInPlace =
        allInPlaceExcept(TOP_TEAM_INVOLVED, PLACE_BASED, CAPACITY_AVAILABLE, FUNDING_AVAILABLE);
    Map<String, Object> onlyTheTopTeam = allInPlaceExcept(PLACE_BASED, CAPACITY_AVAILABLE, FUNDING_AVAILABLE);

    assertThat(decide(nothingInPlace))
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "We work with the top political and managerial teams of a place.");
    assertThat(decide(onlyTheTopTeam))
        .containsEntry("recommendation", REFER_ELSEWHERE)
        .containsEntry("reason", "We work with a place and its partners, not a single organisation.");
  }

  /** The four answers from "Assess fit with the remit", all yes except the ones named. */
  private static Map<String, Object> allInPlaceExcept(String... missing) {
    List<String> no = Arrays.asList(missing);
    Map<String, Object> answers = new HashMap<>();
    for (String answer : List.of(TOP_TEAM_INVOLVED, PLACE_BASED, CAPACITY_AVAILABLE, FUNDING_AVAILABLE)) {
      answers.put(answer, !no.contains(answer));
    }
    return answers;
  }

  /** Evaluates the rule; a FIRST hit policy always gives at most one result. */
  private Map<String, Object> decide(Map<String, Object> answers) {
    DmnDecisionResult result = processEngine.getDecisionService()
        .evaluateDecisionByKey("intakeFit")
        .variables(answers)
        .evaluate();
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
