package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * Domain rows and engine state live in one JTA transaction on one data source: when the unit of
 * work fails after both were written, neither is left behind.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionRollbackIT {

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(TransactionRollbackIT.class, FailingUnitOfWork.class,
                FailingUnitOfWork.SimulatedFailure.class);
    }

    @Inject
    FailingUnitOfWork failing;

    @Inject
    IntakeService intake;

    @Inject
    Workflow workflow;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @Test
    void leavesNoRowsAndNoProcessWhenTheRequestFailsAfterStartingIt() {
        FirstContact contact = firstContactFor("Rollbackshire " + UUID.randomUUID());
        long instancesBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("engagement").count();

        assertThatThrownBy(() -> failing.logFirstContactThenFail(contact))
                .isInstanceOf(FailingUnitOfWork.SimulatedFailure.class);

        assertThat(intake.checkPlace(contact.placeName()).known()).as("the place row").isFalse();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("engagement").count())
                .as("process instances, running or ended").isEqualTo(instancesBefore);
    }

    @Test
    void leavesTheTaskOpenAndNoRowsWhenTheRequestFailsAfterCompletingIt() {
        String engagementId = intake.logFirstContact(firstContactFor("Committedshire " + UUID.randomUUID()));
        WorkTask assessFit = onlyOpenTaskOf(engagementId);
        assertThat(assessFit.key()).isEqualTo("assessFit");
        FirstContact another = firstContactFor("Vanishingshire " + UUID.randomUUID());

        assertThatThrownBy(() -> failing.completeTaskThenFail(assessFit.id(), Map.of(
                "topTeamInvolved", true, "placeBased", true, "capacityAvailable", true, "fundingAvailable", true), another))
                .isInstanceOf(FailingUnitOfWork.SimulatedFailure.class);

        WorkTask stillOpen = onlyOpenTaskOf(engagementId);
        assertThat(stillOpen.id()).isEqualTo(assessFit.id());
        assertThat(stillOpen.assignee()).as("the claim made while completing is undone too").isNull();
        assertThat(runtime.getVariable(tasks.createTaskQuery().taskId(assessFit.id()).singleResult().getExecutionId(),
                "topTeamInvolved")).isNull();
        assertThat(history.createHistoricTaskInstanceQuery().taskId(assessFit.id()).finished().count()).isZero();
        assertThat(intake.checkPlace(another.placeName()).known()).isFalse();
    }

    private WorkTask onlyOpenTaskOf(String engagementId) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static FirstContact firstContactFor(String place) {
        return new FirstContact(place, List.of(place + " Council", place + " NHS Trust"), "Jo Leader", LeaderRole.POLITICAL,
                "Leader of the council", place + " Council", "The top team wants to work better with partners.",
                "A peer at the LGA conference");
    }
}
