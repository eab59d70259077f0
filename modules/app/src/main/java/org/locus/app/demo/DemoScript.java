package org.locus.app.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * The demo engagements, each made as the demo users would make it (every step through intake's own
 * service, acting as the person whose task it is), so that each of them has work waiting and a manager
 * sees every kind: places waiting at each task of intake, one of them overdue, one referred elsewhere,
 * one agreed with its team. Later stages add an engagement of their own here.
 *
 * <p>One transaction for all of them: the demo data is there whole or not at all.
 */
@ApplicationScoped
class DemoScript {

    private final IntakeService intake;
    private final Workflow workflow;
    private final ActingAs acting;
    private final Caller caller;

    /** For the CDI proxy only. */
    protected DemoScript() {
        this(null, null, null, null);
    }

    @Inject
    DemoScript(IntakeService intake, Workflow workflow, ActingAs acting, Caller caller) {
        this.intake = intake;
        this.workflow = workflow;
        this.acting = acting;
        this.caller = caller;
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
        workflow.changeDueDate(task(southdown, "draftAgreement"), Instant.now().minus(Duration.ofDays(2)));

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

        // Agreed, with its lead and enablers.
        String kingsbridge = firstContact("Kingsbridge", "Nadia Karim", LeaderRole.POLITICAL, "Leader of the council", "priya");
        agreeUpToApproval(kingsbridge, "priya");
        approve(kingsbridge, "morgan");
        acting.run("morgan", () -> intake.assignTeam(task(kingsbridge, "assignTeam"),
                new TeamAssignment("sam", List.of("priya"))));
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
        LocalDate today = LocalDate.now();
        acting.run(by, () -> intake.draftAgreement(task(engagement, "draftAgreement"), new AgreementDraft(
                "One leadership team for the place, political and managerial.", "January to December 2027",
                "Council transformation fund", 20, new BigDecimal("45000.00"), today.minusDays(3), today.minusDays(2))));
    }

    private void approve(String engagement, String by) {
        acting.run(by, () -> intake.decideAgreement(task(engagement, "approveAgreement"), new AgreementDecision(true, null)));
    }

    private void claim(String engagement, String taskKey, String by) {
        acting.run(by, () -> workflow.claim(task(engagement, taskKey), caller.current()));
    }

    /** The id of the engagement's open task with this BPMN id. */
    private String task(String engagement, String taskKey) {
        return workflow.openTasksOf(engagement).stream().filter(t -> t.key().equals(taskKey)).map(WorkTask::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("No open " + taskKey + " for " + engagement));
    }
}
