package org.locus.app.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewPlan;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementSearch;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.security.ActingAs;
import org.locus.platform.api.control.ActionReason;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * The demo engagements, each made as the demo users would make it (every step through intake's own
 * service, acting as the person whose task it is), so that each of them has work waiting and a manager
 * sees every kind: places waiting at each task of intake, one of them overdue, one referred elsewhere,
 * two in the diagnostic (one waiting for its plan, one with interviews under way), one suspended. Later stages add an
 * engagement of their own here.
 *
 * <p>One transaction for all of them: the demo data is there whole or not at all.
 */
@ApplicationScoped
class DemoScript {

    private final IntakeService intake;
    private final DiagnosticService diagnostic;
    private final Workflow workflow;
    private final ActingAs acting;
    private final Caller caller;
    private final Clock clock;
    private final EngagementControl control;

    /** For the CDI proxy only. */
    protected DemoScript() {
        this(null, null, null, null, null, null, null);
    }

    @Inject
    DemoScript(IntakeService intake, DiagnosticService diagnostic, Workflow workflow, ActingAs acting, Caller caller,
               Clock clock, EngagementControl control) {
        this.intake = intake;
        this.diagnostic = diagnostic;
        this.workflow = workflow;
        this.acting = acting;
        this.caller = caller;
        this.clock = clock;
        this.control = control;
    }

    /** Makes the demo engagements and returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int play() {
        // Waiting at the first task, in the staff group's list.
        firstContact("Northshire", "Amira Hassan", LeaderRole.POLITICAL, "Leader of the council", "sam");

        String eastvale = firstContact("Eastvale", "Daniel Price", LeaderRole.MANAGERIAL, "Chief executive", "priya");
        assessFit(eastvale, "priya", true);
        claim(eastvale, "confirmFit", "sam");

        String westmoor = firstContact("Westmoor", "Grace Odum", LeaderRole.POLITICAL, "Leader of the council", "sam");
        assessFit(westmoor, "sam", true);
        accept(westmoor, "sam");
        claim(westmoor, "scopeEngagement", "priya");

        // Sponsors named, the agreement not drafted and its task overdue.
        String southdown = firstContact("Southdown", "Helen Marsh", LeaderRole.MANAGERIAL, "Chief executive", "priya");
        assessFit(southdown, "priya", true);
        accept(southdown, "priya");
        scope(southdown, "sam");
        claim(southdown, "draftAgreement", "sam");
        workflow.changeDueDate(task(southdown, "draftAgreement"), clock.instant().minus(Duration.ofDays(2)));

        String riverton = firstContact("Riverton", "Tom Achebe", LeaderRole.POLITICAL, "Leader of the council", "sam");
        agreeUpToApproval(riverton, "sam");

        String highcombe = firstContact("Highcombe", "Ruth Lindqvist", LeaderRole.MANAGERIAL, "Chief executive", "priya");
        agreeUpToApproval(highcombe, "priya");
        approve(highcombe, "morgan");
        claim(highcombe, "assignTeam", "morgan");

        // Not a fit: referred to another provider; it ends there.
        String lowfield = firstContact("Lowfield", "Owen Burke", LeaderRole.MANAGERIAL, "Chief executive", "sam");
        assessFit(lowfield, "sam", false);
        acting.run("sam", () -> intake.confirmFit(task(lowfield, "confirmFit"),
                new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, "The regional improvement partnership")));

        // Agreed, with its lead and enablers: in the diagnostic, waiting for its lead to plan the interviews.
        String kingsbridge = firstContact("Kingsbridge", "Nadia Karim", LeaderRole.POLITICAL, "Leader of the council", "priya");
        agree(kingsbridge, "priya", new TeamAssignment("sam", List.of("priya", "jordan")));

        // Well into the diagnostic: planned with a survey, one enabler's interview recorded, the other's to come.
        String ashford = firstContact("Ashford", "Lena Brandt", LeaderRole.POLITICAL, "Leader of the council", "sam");
        agree(ashford, "sam", new TeamAssignment("priya", List.of("sam", "jordan")));
        acting.run("priya", () -> diagnostic.planInterviews(task(ashford, "planInterviews"),
                new InterviewPlan(List.of("Lena Brandt", "Cllr Sam Rivers", "Jo Whitfield"), true)));
        acting.run("sam", () -> diagnostic.recordInterview(taskOf(ashford, "recordInterviews", "sam"), new InterviewEntry(
                InterviewKind.INTERVIEW, LocalDate.now(clock).minusDays(1), null, "sam", List.of("Lena Brandt", "Jo Whitfield"),
                "Leader and chief executive tell the same story of the place in different words; partners are not in it yet.")));

        // Suspended by a manager while the council is in its pre-election period: its task waits, marked suspended.
        String fenbury = firstContact("Fenbury", "Marcus Reid", LeaderRole.MANAGERIAL, "Chief executive", "sam");
        assessFit(fenbury, "sam", true);
        acting.run("morgan", () -> control.suspend(fenbury,
                new ActionReason("The council is in its pre-election period until the May elections")));
        return (int) intake.find(new EngagementSearch("", null, 0, 1)).total();
    }

    private String firstContact(String place, String contact, LeaderRole role, String jobTitle, String by) {
        return acting.call(by, () -> intake.logFirstContact(new FirstContact(place,
                List.of(place + " Council", place + " NHS Trust", place + " Police"),
                contact, role, jobTitle, place + " Council",
                "The council and its partners want to lead " + place + " together through a hard budget round.",
                "A neighbouring council")));
    }

    private void assessFit(String engagement, String by, boolean capacity) {
        acting.run(by, () -> intake.assessFit(task(engagement, "assessFit"),
                new FitAssessment(true, true, capacity, true, "Leader and chief executive were both on the call.")));
    }

    private void accept(String engagement, String by) {
        acting.run(by, () -> intake.confirmFit(task(engagement, "confirmFit"),
                new FitConfirmation(FitDecision.ACCEPT, null, null)));
    }

    private void scope(String engagement, String by) {
        String place = intake.summary(engagement).orElseThrow().placeName();
        acting.run(by, () -> intake.completeScoping(task(engagement, "scopeEngagement"), new Scoping(
                new SponsorDetails("Cllr Sam Rivers", "Leader of the council", place + " Council"),
                new SponsorDetails("Jo Whitfield", "Chief executive", place + " Council"))));
    }

    private void agreeUpToApproval(String engagement, String by) {
        assessFit(engagement, by, true);
        accept(engagement, by);
        scope(engagement, by);
        LocalDate today = LocalDate.now(clock);
        acting.run(by, () -> intake.draftAgreement(task(engagement, "draftAgreement"), new AgreementDraft(
                "One leadership team for the place, political and managerial.", "January to December 2027",
                "Council transformation fund", 20, new BigDecimal("45000.00"), today.minusDays(3), today.minusDays(2))));
    }

    private void agree(String engagement, String by, TeamAssignment team) {
        agreeUpToApproval(engagement, by);
        approve(engagement, "morgan");
        acting.run("morgan", () -> intake.assignTeam(task(engagement, "assignTeam"), team));
    }

    private void approve(String engagement, String by) {
        acting.run(by, () -> intake.decideAgreement(task(engagement, "approveAgreement"), new AgreementDecision(true, null)));
    }

    private void claim(String engagement, String taskKey, String by) {
        acting.run(by, () -> workflow.claim(task(engagement, taskKey), caller.current()));
    }

    /** The id of the engagement's open task with this BPMN id held by this person (one of a multi-instance task's). */
    private String taskOf(String engagement, String taskKey, String assignee) {
        return workflow.openTasksOf(engagement).stream().filter(t -> t.key().equals(taskKey) && assignee.equals(t.assignee()))
                .map(WorkTask::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No open " + taskKey + " of " + assignee + " for " + engagement));
    }

    /** The id of the engagement's open task with this BPMN id. */
    private String task(String engagement, String taskKey) {
        return workflow.openTasksOf(engagement).stream().filter(t -> t.key().equals(taskKey)).map(WorkTask::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("No open " + taskKey + " for " + engagement));
    }
}
