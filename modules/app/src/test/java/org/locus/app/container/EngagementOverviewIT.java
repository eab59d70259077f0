package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.locus.platform.api.engagement.EngagementResumed;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.EngagementSuspended;
import org.locus.platform.api.engagement.IncidentRaised;
import org.locus.platform.api.engagement.IncidentResolved;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.overview.EngagementOverview;
import org.locus.platform.api.overview.Load;
import org.locus.platform.api.overview.OverdueTask;
import org.locus.platform.api.overview.OverviewFlag;
import org.locus.platform.api.overview.OverviewPage;
import org.locus.platform.api.overview.OverviewQuery;
import org.locus.platform.api.overview.OverviewRow;
import org.locus.platform.api.overview.OverviewSort;
import org.locus.platform.api.overview.Workload;
import org.locus.platform.api.security.ActingAs;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;
import org.locus.platform.internal.overview.OverviewRebuild;

/**
 * The managers' overview reads its own table, kept in step in the engine's transaction: every
 * engagement, running or ended, found, filtered, sorted and paged; flags from the tasklist (overdue, by
 * the engine's clock), the record (sponsors) and the control events (suspended, incident); due dates from
 * configuration; the workload agreeing with the engine's own counts; the rebuild at start. Each test makes its own places, so
 * the rest of the database does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementOverviewIT {

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(EngagementOverviewIT.class);
    }

    @Inject
    EngagementOverview overview;

    @Inject
    IntakeService intake;

    @Inject
    Workflow workflow;

    @Inject
    TaskService engineTasks;

    @Inject
    ActingAs acting;

    @Inject
    UserTransaction transaction;

    @Inject
    DataSource dataSource;

    @Inject
    OverviewRebuild rebuild;

    @Inject
    Event<EngagementSuspended> suspensions;

    @Inject
    Event<EngagementResumed> resumptions;

    @Inject
    Event<IncidentRaised> incidents;

    @Inject
    Event<IncidentResolved> resolutions;

    @AfterEach
    void resetTheEnginesClock() {
        ClockUtil.reset();
    }

    @Test
    void showsAnEngagementFromFirstContactWithItsOpenTaskAndMissingSponsors() {
        String place = uniquePlace("Firstshire");
        String engagement = firstContact(place);

        OverviewRow row = only(query(place, null, null, null, null, null));
        assertThat(row.engagementId()).isEqualTo(engagement);
        assertThat(row.placeName()).isEqualTo(place);
        assertThat(row.reference()).startsWith("ENG-");
        assertThat(row.stage()).isEqualTo(Stage.INTAKE);
        assertThat(row.status()).isEqualTo(EngagementStatus.OPEN);
        assertThat(row.lead()).isNull();
        assertThat(row.endedAt()).isNull();
        assertThat(row.ageDays()).isZero();
        assertThat(row.flags()).containsExactly(OverviewFlag.SPONSORS_MISSING);
        assertThat(row.tasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("Assess fit with the remit");
            assertThat(task.assignee()).isNull();
            assertThat(task.overdue()).isFalse();
        });

        // Found by the start of its reference in any case, and by part of the place's name.
        assertThat(query(row.reference().toLowerCase(), null, null, null, null, null).rows())
                .extracting(OverviewRow::engagementId).containsExactly(engagement);
        assertThat(query(place.substring(3).toUpperCase(), null, null, null, null, null).rows())
                .extracting(OverviewRow::engagementId).contains(engagement);
    }

    @Test
    void filtersByStageStatusLeadAndFlagAndKeepsEndedEngagements() {
        String prefix = uniquePlace("Filtershire");
        String atIntake = firstContact(prefix + " A");
        String withTeam = agreedWithTeam(prefix + " B", "priya");
        String referred = referredElsewhere(prefix + " C");

        assertThat(query(prefix, null, null, null, null, null).rows()).extracting(OverviewRow::engagementId)
                .containsExactlyInAnyOrder(atIntake, withTeam, referred);
        assertThat(query(prefix, Stage.DIAGNOSTIC, null, null, null, null).rows()).extracting(OverviewRow::engagementId)
                .containsExactly(withTeam);
        assertThat(query(prefix, null, null, "priya", null, null).rows()).extracting(OverviewRow::engagementId)
                .containsExactly(withTeam);
        assertThat(query(prefix, null, EngagementStatus.OPEN, null, OverviewFlag.SPONSORS_MISSING, null).rows())
                .extracting(OverviewRow::engagementId).containsExactly(atIntake);

        OverviewRow ended = only(query(prefix, null, EngagementStatus.REFERRED_ELSEWHERE, null, null, null));
        assertThat(ended.engagementId()).isEqualTo(referred);
        assertThat(ended.endedAt()).isNotNull();
        assertThat(ended.tasks()).isEmpty();
        assertThat(ended.flags()).as("an ended engagement needs no sponsors").isEmpty();

        OverviewRow diagnostic = only(query(prefix, Stage.DIAGNOSTIC, null, null, null, null));
        assertThat(diagnostic.lead()).isEqualTo("priya");
        assertThat(diagnostic.flags()).isEmpty();
        assertThat(diagnostic.tasks()).singleElement().satisfies(task -> assertThat(task.assignee()).isEqualTo("priya"));
    }

    @Test
    void sortsAndPagesWithoutSkippingOrRepeating() {
        String prefix = uniquePlace("Sortshire");
        String b = firstContact(prefix + " B");
        String c = firstContact(prefix + " C");
        String a = firstContact(prefix + " A");

        assertThat(query(prefix, null, null, null, null, OverviewSort.PLACE).rows())
                .extracting(OverviewRow::engagementId).containsExactly(a, b, c);
        assertThat(query(prefix, null, null, null, null, OverviewSort.REFERENCE).rows())
                .extracting(OverviewRow::engagementId).containsExactly(b, c, a);
        List<String> newest = query(prefix, null, null, null, null, OverviewSort.NEWEST).rows().stream()
                .map(OverviewRow::engagementId).toList();
        List<String> oldest = query(prefix, null, null, null, null, OverviewSort.OLDEST).rows().stream()
                .map(OverviewRow::engagementId).toList();
        assertThat(newest).containsExactlyInAnyOrder(a, b, c);
        List<String> reversed = new java.util.ArrayList<>(newest);
        java.util.Collections.reverse(reversed);
        assertThat(oldest).containsExactlyElementsOf(reversed);

        OverviewPage first = overview.find(new OverviewQuery(prefix, null, null, null, null, OverviewSort.PLACE, 0, 2));
        OverviewPage second = overview.find(new OverviewQuery(prefix, null, null, null, null, OverviewSort.PLACE, 2, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.rows()).extracting(OverviewRow::engagementId).containsExactly(a, b);
        assertThat(second.rows()).extracting(OverviewRow::engagementId).containsExactly(c);
    }

    @Test
    void staysInStepWithSuspensionAndIncidentsFiredInTheirTransaction() throws Exception {
        String place = uniquePlace("Stuckshire");
        String engagement = firstContact(place);

        fire(() -> suspensions.fire(new EngagementSuspended(engagement, "morgan", "The place asked for a pause", Instant.now())));
        fire(() -> incidents.fire(new IncidentRaised(engagement, "incident-1", "assessFit", "Mail server down", Instant.now())));
        fire(() -> incidents.fire(new IncidentRaised(engagement, "incident-2", "assessFit", "Mail server down", Instant.now())));
        assertThat(only(query(place, null, null, null, null, null)).flags())
                .contains(OverviewFlag.SUSPENDED, OverviewFlag.INCIDENT);
        assertThat(query(place, null, null, null, OverviewFlag.SUSPENDED, null).rows()).hasSize(1);
        assertThat(query(place, null, null, null, OverviewFlag.INCIDENT, null).rows()).hasSize(1);

        fire(() -> resumptions.fire(new EngagementResumed(engagement, "morgan", "Ready again", Instant.now())));
        fire(() -> resolutions.fire(new IncidentResolved(engagement, "incident-1", Instant.now())));
        assertThat(only(query(place, null, null, null, null, null)).flags())
                .doesNotContain(OverviewFlag.SUSPENDED).contains(OverviewFlag.INCIDENT);
        fire(() -> resolutions.fire(new IncidentResolved(engagement, "incident-2", Instant.now())));
        assertThat(only(query(place, null, null, null, null, null)).flags())
                .doesNotContain(OverviewFlag.SUSPENDED, OverviewFlag.INCIDENT);
        assertThat(query(place, null, null, null, OverviewFlag.INCIDENT, null).rows()).isEmpty();

        // An event in a transaction that rolls back leaves the row as it was.
        transaction.begin();
        suspensions.fire(new EngagementSuspended(engagement, "morgan", "Rolled back", Instant.now()));
        transaction.rollback();
        assertThat(only(query(place, null, null, null, null, null)).flags()).doesNotContain(OverviewFlag.SUSPENDED);
    }

    @Test
    void givesEachTaskItsDueDateFromConfiguration() {
        String engagement = firstContact(uniquePlace("Dueshire"));
        WorkTask assess = only(engagement);
        // locus.due.intake.assessFit=P5D in intake's microprofile-config.properties
        assertThat(Duration.between(assess.created(), assess.due())).isEqualTo(Duration.ofDays(5));

        acting.run("sam", () -> intake.assessFit(assess.id(), new FitAssessment(true, true, true, true, null)));
        WorkTask confirm = only(engagement);
        // locus.due.intake.confirmFit=P3D
        assertThat(Duration.between(confirm.created(), confirm.due())).isEqualTo(Duration.ofDays(3));
        assertThat(engineTasks.createTaskQuery().taskId(confirm.id()).singleResult().getDueDate().toInstant())
                .isEqualTo(confirm.due());
    }

    @Test
    void escalatesATaskPastItsDueDateWithoutStoppingTheWork() {
        String place = uniquePlace("Lateshire");
        String engagement = firstContact(place);
        WorkTask assess = only(engagement);
        assertThat(query(place, null, null, null, OverviewFlag.OVERDUE, null).rows()).isEmpty();

        // Six days on, by the engine's clock (Locus's follows it): the five-day task is a day overdue.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));

        OverviewRow row = only(query(place, null, null, null, OverviewFlag.OVERDUE, null));
        assertThat(row.flags()).contains(OverviewFlag.OVERDUE);
        assertThat(row.tasks()).singleElement().satisfies(task -> assertThat(task.overdue()).isTrue());
        assertThat(row.ageDays()).isEqualTo(6);
        Workload workload = overview.workload(100_000);
        assertThat(workload.overdue()).filteredOn(task -> task.taskId().equals(assess.id())).singleElement()
                .satisfies(task -> {
                    assertThat(task.engagementId()).isEqualTo(engagement);
                    assertThat(task.placeName()).isEqualTo(place);
                    assertThat(task.daysOverdue()).isEqualTo(1);
                });
        assertThat(workload.overdue()).extracting(OverdueTask::due).isSorted();

        // The work goes on: the overdue task is still completed as ever, and leaves the lists.
        acting.run("sam", () -> intake.assessFit(assess.id(), new FitAssessment(true, true, true, true, null)));
        assertThat(query(place, null, null, null, OverviewFlag.OVERDUE, null).rows()).isEmpty();
        assertThat(overview.workload(100_000).overdue()).extracting(OverdueTask::taskId).doesNotContain(assess.id());
    }

    @Test
    void countsOpenAndOverdueWorkPerPersonAndGroupAsTheEngineDoes() {
        String engagement = firstContact(uniquePlace("Loadshire"));
        workflow.claim(only(engagement).id(), new org.locus.platform.api.security.CurrentUser("jordan", Set.of("staff")));
        firstContact(uniquePlace("Loadshire"));
        Instant later = Instant.now().plus(Duration.ofDays(8));
        ClockUtil.setCurrentTime(Date.from(later));

        Workload workload = overview.workload(10);
        Load jordan = workload.people().stream().filter(load -> load.id().equals("jordan")).findFirst().orElseThrow();
        assertThat(jordan.open()).isEqualTo(engineTasks.createTaskQuery().taskAssignee("jordan").count());
        assertThat(jordan.overdue()).isEqualTo(engineTasks.createTaskQuery().taskAssignee("jordan").dueBefore(Date.from(later)).count())
                .isPositive();
        Load staff = workload.groups().stream().filter(load -> load.id().equals("staff")).findFirst().orElseThrow();
        assertThat(staff.open()).isEqualTo(engineTasks.createTaskQuery().taskCandidateGroup("staff").includeAssignedTasks().count());
        assertThat(staff.overdue()).isEqualTo(engineTasks.createTaskQuery().taskCandidateGroup("staff").includeAssignedTasks()
                .dueBefore(Date.from(later)).count()).isPositive();
        assertThat(workload.overdue()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void isRebuiltFromTheEngineAndTheRecordWhenOutOfStep() throws Exception {
        String prefix = uniquePlace("Rebuildshire");
        String open = firstContact(prefix + " A");
        String referred = referredElsewhere(prefix + " B");
        OverviewRow openBefore = only(query(prefix + " A", null, null, null, null, null));
        OverviewRow referredBefore = only(query(prefix + " B", null, null, null, null, null));
        transaction.begin();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from engagement_overview where engagement_id in (?, ?)")) {
            delete.setString(1, open);
            delete.setString(2, referred);
            delete.executeUpdate();
        }
        transaction.commit();
        assertThat(query(prefix, null, null, null, null, null).rows()).isEmpty();

        rebuild.ensureInStep(ProcessEngines.getProcessEngine("locus"));

        OverviewRow openAfter = only(query(prefix + " A", null, null, null, null, null));
        OverviewRow referredAfter = only(query(prefix + " B", null, null, null, null, null));
        assertThat(openAfter).usingRecursiveComparison().ignoringFields("openedAt", "ageDays").isEqualTo(openBefore);
        assertThat(referredAfter).usingRecursiveComparison().ignoringFields("openedAt", "endedAt", "ageDays").isEqualTo(referredBefore);
        assertThat(Duration.between(openBefore.openedAt(), openAfter.openedAt()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(referredAfter.endedAt()).isNotNull();
    }

    private OverviewPage query(String text, Stage stage, EngagementStatus status, String lead, OverviewFlag flag, OverviewSort sort) {
        return overview.find(new OverviewQuery(text, stage, status, lead, flag, sort, 0, 100));
    }

    private static OverviewRow only(OverviewPage page) {
        assertThat(page.rows()).hasSize(1);
        assertThat(page.total()).isEqualTo(1);
        return page.rows().get(0);
    }

    private WorkTask only(String engagementId) {
        List<WorkTask> open = workflow.openTasksOf(engagementId);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private void fire(Runnable event) throws Exception {
        transaction.begin();
        try {
            event.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    private static String uniquePlace(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String firstContact(String place) {
        return acting.call("sam", () -> intake.logFirstContact(new FirstContact(place, List.of(place + " Council"),
                "Jo Leader", LeaderRole.POLITICAL, "Leader of the council", place + " Council",
                "The top team wants to work better with partners.", "A peer")));
    }

    private String referredElsewhere(String place) {
        String engagement = firstContact(place);
        acting.run("sam", () -> intake.assessFit(only(engagement).id(), new FitAssessment(false, false, false, false, null)));
        acting.run("sam", () -> intake.confirmFit(only(engagement).id(),
                new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, "Northern Leadership Trust")));
        return engagement;
    }

    /** An engagement taken through intake by its service, as staff and a manager would, up to its team. */
    private String agreedWithTeam(String place, String lead) {
        String engagement = firstContact(place);
        acting.run("sam", () -> intake.assessFit(only(engagement).id(), new FitAssessment(true, true, true, true, null)));
        acting.run("sam", () -> intake.confirmFit(only(engagement).id(), new FitConfirmation(FitDecision.ACCEPT, null, null)));
        acting.run("sam", () -> intake.completeScoping(only(engagement).id(), new Scoping(
                new SponsorDetails("Cllr Ada Hale", "Leader of the council", place + " Council"),
                new SponsorDetails("Ben Ortiz", "Chief executive", place + " Council"))));
        acting.run("sam", () -> intake.draftAgreement(only(engagement).id(), new AgreementDraft("One team", "A year",
                "Transformation fund", 10, BigDecimal.TEN, LocalDate.now().minusDays(2), LocalDate.now().minusDays(1))));
        acting.run("morgan", () -> intake.decideAgreement(only(engagement).id(), new AgreementDecision(true, null)));
        acting.run("morgan", () -> intake.assignTeam(only(engagement).id(), new TeamAssignment(lead, List.of("jordan"))));
        return engagement;
    }
}
