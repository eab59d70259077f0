package org.locus.benchmark.seeding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

/**
 * What a member of staff or a manager enters at first contact and in each intake task, the same values
 * the benchmark's API clients send (modules/benchmark, {@code IntakeValues}), as intake's own commands.
 * Every engagement is accepted and approved, so it runs through all six tasks, and then on the map into
 * the diagnostic ({@link DiagnosticSteps}) with the team it was given.
 */
final class IntakeSteps {

    /** Intake's user tasks in the order an accepted, approved engagement meets them. */
    static final List<String> TASKS = List.of(
            "assessFit", "confirmFit", "scopeEngagement", "draftAgreement", "approveAgreement", "assignTeam");

    private IntakeSteps() {
    }

    static FirstContact firstContact(String place) {
        return new FirstContact(place,
                List.of(place + " Council", place + " NHS Trust", place + " Police"),
                "Leader of " + place, LeaderRole.POLITICAL, "Leader of the council", place + " Council",
                "The council and its partners want to lead the place together on health and housing.",
                "A neighbouring council");
    }

    /** Completes one task, by its BPMN id, through the intake command that completes it. */
    static void complete(IntakeService intake, String taskKey, String taskId, String place, TeamAssignment team) {
        switch (taskKey) {
            case "assessFit" -> intake.assessFit(taskId,
                    new FitAssessment(true, true, true, true, "Leader and chief executive both on the call."));
            case "confirmFit" -> intake.confirmFit(taskId, new FitConfirmation(FitDecision.ACCEPT, null, null));
            // The contact is the political sponsor; the chief executive the managerial one.
            case "scopeEngagement" -> intake.completeScoping(taskId, new Scoping(
                    new SponsorDetails("Leader of " + place, "Leader of the council", place + " Council"),
                    new SponsorDetails("Chief Executive of " + place, "Chief executive", place + " Council")));
            case "draftAgreement" -> {
                // Sign-off dates must not be in the future on the server's calendar.
                LocalDate today = LocalDate.now();
                intake.draftAgreement(taskId, new AgreementDraft(
                        "One leadership team for the place, political and managerial.", "Twelve months",
                        "Council transformation fund", 20, new BigDecimal("45000.00"),
                        today.minusDays(3), today.minusDays(2)));
            }
            case "approveAgreement" -> intake.decideAgreement(taskId, new AgreementDecision(true, null));
            case "assignTeam" -> intake.assignTeam(taskId, team);
            default -> throw new IllegalArgumentException("Not an intake task: " + taskKey);
        }
    }
}
