package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.control.ActionReason;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.Reassignment;
import org.locus.platform.api.security.ActingAs;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.TaskPage;
import org.locus.platform.api.workflow.TaskScope;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;
import org.locus.platform.internal.tasklist.TasklistQueries;
import org.locus.platform.internal.tasklist.TasklistRebuild;

/**
 * The tasklist reads its own tables; after every claim, unclaim and complete, a person's tasklist
 * must list exactly what the engine's own task query returns for them, for every stage's tasks,
 * the diagnostic's one-task-an-enabler interviews included; and after a manager's reassignment,
 * suspension, resumption and withdrawal.
 */
@ExtendWith(ArquillianExtension.class)
class TasklistConsistencyIT {

    private static final CurrentUser SAM = new CurrentUser("sam", Set.of("staff"));
    private static final CurrentUser PRIYA = new CurrentUser("priya", Set.of("staff"));
    private static final CurrentUser JORDAN = new CurrentUser("jordan", Set.of("staff"));
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

    @Inject
    IntakeService intake;

    @Inject
    DiagnosticService diagnostic;

    @Inject
    ActingAs acting;

    @Inject
    EngagementControl control;

    @Inject
    TasklistRebuild rebuild;

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
    void agreesWithTheEngineThroughTheDiagnosticsInterviewsOneTaskAnEnabler() {
        String engagement = agreedWithTeam("sam", List.of("priya", "jordan"));
        WorkTask plan = taskOf(engagement);
        assertThat(plan.key()).isEqualTo("planInterviews");
        assertThat(plan.assignee()).as("the lead's").isEqualTo("sam");
        assertAgreesForEveryone();

        String contact = intake.summary(engagement).orElseThrow().contact().name();
        acting.run("sam", () -> diagnostic.planInterviews(plan.id(), new InterviewPlan(List.of(contact), false)));
        assertAgreesForEveryone();
        List<WorkTask> interviews = workflow.openTasksOf(engagement);
        assertThat(interviews).extracting(WorkTask::key).containsOnly("recordInterviews");
        assertThat(interviews).extracting(WorkTask::assignee).containsExactlyInAnyOrder("priya", "jordan");
        String priyas = interviews.stream().filter(task -> "priya".equals(task.assignee())).findFirst().orElseThrow().id();
        String jordans = interviews.stream().filter(task -> "jordan".equals(task.assignee())).findFirst().orElseThrow().id();

        // An enabler hands their interviews back to the group, and another takes them on.
        workflow.unclaim(priyas, PRIYA);
        assertAgreesForEveryone();
        assertThat(ids(workflow.tasks(SAM, TaskScope.MY_GROUPS, 0, ALL).tasks())).contains(priyas);
        workflow.claim(priyas, SAM);
        assertAgreesForEveryone();

        acting.run("jordan", () -> diagnostic.finishInterviews(jordans, new InterviewsDone(List.of(new InterviewEntry(
                InterviewKind.INTERVIEW, LocalDate.now().minusDays(1), null, "jordan", List.of(contact), "Heard the leader out.")))));
        assertAgreesForEveryone();
        assertThat(workflow.openTasksOf(engagement)).extracting(WorkTask::id).containsExactly(priyas);

        acting.run("sam", () -> diagnostic.finishInterviews(priyas, new InterviewsDone(List.of(new InterviewEntry(
                InterviewKind.OBSERVATION, LocalDate.now().minusDays(1), null, "sam", List.of(contact), "Watched cabinet.")))));
        assertAgreesForEveryone();
        assertThat(workflow.openTasksOf(engagement)).extracting(WorkTask::key).containsExactly("synthesiseFindings");
    }

    @Test
    void agreesWithTheEngineAfterReassignSuspendResumeAndWithdraw() {
        String engagement = agreedWithTeam("sam", List.of("priya"));
        WorkTask plan = taskOf(engagement);
        assertThat(plan.assignee()).isEqualTo("sam");

        acting.run("morgan", () -> control.reassign(plan.id(), new Reassignment("jordan", "Sam is on leave", "sam")));
        assertAgreesForEveryone();
        assertThat(ids(workflow.tasks(JORDAN, TaskScope.MINE, 0, ALL).tasks())).contains(plan.id());
        assertThat(ids(workflow.tasks(SAM, TaskScope.MINE, 0, ALL).tasks())).doesNotContain(plan.id());

        acting.run("morgan", () -> control.suspend(engagement, new ActionReason("Pre-election period")));
        assertAgreesForEveryone();
        assertThat(taskOf(engagement).suspendedReason()).isEqualTo("Pre-election period");
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(engagement).suspended().count())
                .as("the stage's task is suspended in the engine too, not only the map").isEqualTo(1);
        assertThat(workflow.tasks(JORDAN, TaskScope.MINE, 0, ALL).tasks()).filteredOn(task -> task.id().equals(plan.id()))
                .singleElement().satisfies(task -> assertThat(task.isSuspended()).isTrue());

        acting.run("morgan", () -> control.resume(engagement, new ActionReason("Election over")));
        assertAgreesForEveryone();
        assertThat(taskOf(engagement).isSuspended()).isFalse();

        acting.run("morgan", () -> control.withdraw(engagement, new ActionReason("The place withdrew")));
        assertAgreesForEveryone();
        assertThat(workflow.openTasksOf(engagement)).as("the cancelled stage's tasks leave the tasklist").isEmpty();
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(engagement).count()).isZero();
    }

    @Test
    void aRebuiltTasklistKeepsASuspendedEngagementsReason() throws SQLException {
        String engagement = agreedWithTeam("sam", List.of("priya"));
        acting.run("morgan", () -> control.suspend(engagement, new ActionReason("Waiting for the new council leader")));
        String suspendedTask = taskOf(engagement).id();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from tasklist_task where task_id = ?")) {
            delete.setString(1, suspendedTask);
            delete.executeUpdate();
        }

        rebuild.ensureInStep(ProcessEngines.getProcessEngine("locus"));

        assertAgreesForEveryone();
        assertThat(taskOf(engagement).suspendedReason()).isEqualTo("Waiting for the new council leader");
        acting.run("morgan", () -> control.resume(engagement, new ActionReason("The leader is in post")));
        assertThat(taskOf(engagement).isSuspended()).isFalse();
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
        for (CurrentUser user : List.of(SAM, PRIYA, JORDAN, MORGAN)) {
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

    /** An engagement taken through intake by its service, as staff and a manager would, up to its team. */
    private String agreedWithTeam(String lead, List<String> enablers) {
        String place = "Consistentshire " + UUID.randomUUID();
        String engagement = acting.call("sam", () -> intake.logFirstContact(new FirstContact(place, List.of(place + " Council"),
                "Jo Leader", LeaderRole.POLITICAL, "Leader of the council", place + " Council",
                "The top team wants to work better with partners.", "A peer")));
        acting.run("sam", () -> intake.assessFit(taskOf(engagement).id(), new FitAssessment(true, true, true, true, null)));
        acting.run("sam", () -> intake.confirmFit(taskOf(engagement).id(), new FitConfirmation(FitDecision.ACCEPT, null, null)));
        acting.run("sam", () -> intake.completeScoping(taskOf(engagement).id(), new Scoping(
                new SponsorDetails("Cllr Ada Hale", "Leader of the council", place + " Council"),
                new SponsorDetails("Ben Ortiz", "Chief executive", place + " Council"))));
        acting.run("sam", () -> intake.draftAgreement(taskOf(engagement).id(), new AgreementDraft("One team", "A year",
                "Transformation fund", 10, BigDecimal.TEN, LocalDate.now().minusDays(2), LocalDate.now().minusDays(1))));
        acting.run("morgan", () -> intake.decideAgreement(taskOf(engagement).id(), new AgreementDecision(true, null)));
        acting.run("morgan", () -> intake.assignTeam(taskOf(engagement).id(), new TeamAssignment(lead, enablers)));
        return engagement;
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
