package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.TaskScope;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;
import org.locus.platform.internal.tasklist.TasklistQueries;

/**
 * The tasklist reads its own tables; after every claim, unclaim and complete, a person's tasklist
 * must list exactly what the engine's own task query returns for them.
 */
@ExtendWith(ArquillianExtension.class)
class TasklistConsistencyIT {

    private static final CurrentUser SAM = new CurrentUser("sam", Set.of("staff"));
    private static final CurrentUser PRIYA = new CurrentUser("priya", Set.of("staff"));
    private static final CurrentUser MORGAN = new CurrentUser("morgan", Set.of("manager"));
    private static final int ALL = 100_000;

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(TasklistConsistencyIT.class);
    }

    @Inject
    DataSource dataSource;

    @Inject
    Workflow workflow;

    @Inject
    TaskService engineTasks;

    @Test
    void agreesWithTheEngineAfterClaimUnclaimAndComplete() {
        List<String> engagements = List.of(startEngagement(), startEngagement(), startEngagement());
        assertAgreesForEveryone();

        String first = taskOf(engagements.get(0)).id();
        workflow.claim(first, SAM);
        assertAgreesForEveryone();
        assertThat(ids(workflow.tasks(SAM, TaskScope.MINE, 0, ALL).tasks())).contains(first);
        assertThat(ids(workflow.tasks(PRIYA, TaskScope.MY_GROUPS, 0, ALL).tasks())).doesNotContain(first);

        workflow.unclaim(first, SAM);
        assertAgreesForEveryone();
        assertThat(ids(workflow.tasks(PRIYA, TaskScope.MY_GROUPS, 0, ALL).tasks())).contains(first);

        String second = taskOf(engagements.get(1)).id();
        workflow.complete(second, SAM, Map.of("topTeamInvolved", true, "placeBased", true,
                "capacityAvailable", true, "fundingAvailable", true));
        assertAgreesForEveryone();
        WorkTask next = taskOf(engagements.get(1));
        assertThat(next.key()).isEqualTo("confirmFit");
        assertThat(next.candidateGroups()).containsExactly("staff");
        assertThat(next.formKey()).isEqualTo("intake/forms/confirm-fit.xhtml");
        assertThat(next.due()).isNotNull();
        assertThat(ids(workflow.tasks(SAM, TaskScope.MY_GROUPS, 0, ALL).tasks())).doesNotContain(second).contains(next.id());
    }

    @Test
    void pagesInDueDateOrderWithTheTotal() {
        startEngagement();
        startEngagement();
        TaskPage firstPage = workflow.tasks(SAM, TaskScope.MY_GROUPS, 0, 1);
        TaskPage secondPage = workflow.tasks(SAM, TaskScope.MY_GROUPS, 1, 1);
        assertThat(firstPage.total()).isEqualTo(engineTasks.createTaskQuery().taskCandidateGroup("staff").taskUnassigned().count());
        assertThat(firstPage.tasks()).hasSize(1);
        assertThat(secondPage.tasks()).hasSize(1);
        assertThat(firstPage.tasks().get(0).due()).isBeforeOrEqualTo(secondPage.tasks().get(0).due());
        assertThat(firstPage.hasNext()).isTrue();
    }

    @Test
    void countsALongListOnlyPartOfTheWayAndTheLastPagesExactly() {
        for (int i = 0; i < 4; i++) {
            startEngagement();
        }
        long engineCount = engineTasks.createTaskQuery().taskCandidateGroup("staff").taskUnassigned().count();
        // Counting in steps of 3 rather than the server's 1,000, so a handful of tasks make a "long" list.
        TasklistQueries countingInThrees = new TasklistQueries(dataSource, 3);

        TaskPage firstPage = countingInThrees.offeredTo(Set.of("staff"), 0, 1);
        TaskPage lastPage = countingInThrees.offeredTo(Set.of("staff"), (int) engineCount - 1, 1);

        assertThat(firstPage.totalExact()).isFalse();
        assertThat(firstPage.total()).isEqualTo(3).isLessThan(engineCount);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(lastPage.totalExact()).isTrue();
        assertThat(lastPage.total()).isEqualTo(engineCount);
        assertThat(lastPage.tasks()).hasSize(1);
        assertThat(lastPage.hasNext()).isFalse();
    }

    @Test
    void walksTheWholeListPageByPageAfterACursor() {
        for (int i = 0; i < 5; i++) {
            startEngagement();
        }
        List<String> walked = new java.util.ArrayList<>();
        TaskPage page = workflow.tasks(SAM, TaskScope.MY_GROUPS, 0, 3);
        walked.addAll(ids(page.tasks()));
        while (page.next().isPresent()) {
            page = workflow.tasksAfter(SAM, TaskScope.MY_GROUPS, page.next().get(), 3);
            walked.addAll(ids(page.tasks()));
        }

        assertThat(walked).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(workflow.tasks(SAM, TaskScope.MY_GROUPS, 0, ALL).tasks()));
        assertThat(walked).containsExactlyInAnyOrderElementsOf(taskIds(engineTasks.createTaskQuery()
                .taskCandidateGroup("staff").taskUnassigned().list()));
    }

    private void assertAgreesForEveryone() {
        for (CurrentUser user : List.of(SAM, PRIYA, MORGAN)) {
            assertThat(ids(workflow.tasks(user, TaskScope.MINE, 0, ALL).tasks()))
                    .as("%s's tasks", user.id())
                    .containsExactlyInAnyOrderElementsOf(taskIds(engineTasks.createTaskQuery().taskAssignee(user.id()).list()));
            assertThat(ids(workflow.tasks(user, TaskScope.MY_GROUPS, 0, ALL).tasks()))
                    .as("%s's groups' tasks", user.id())
                    .containsExactlyInAnyOrderElementsOf(taskIds(engineTasks.createTaskQuery()
                            .taskCandidateGroupIn(List.copyOf(user.groups())).taskUnassigned().list()));
        }
    }

    private String startEngagement() {
        String engagementId = UUID.randomUUID().toString();
        // Intake's own diagram, started bare: the map would look for the engagement's record, which these tasks do not need.
        workflow.start("intake", engagementId, Map.of("engagementId", engagementId));
        return engagementId;
    }

    private WorkTask taskOf(String engagementId) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static List<String> ids(List<WorkTask> tasks) {
        return tasks.stream().map(WorkTask::id).toList();
    }

    private static List<String> taskIds(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
