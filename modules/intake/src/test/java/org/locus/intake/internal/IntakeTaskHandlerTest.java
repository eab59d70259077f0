package org.locus.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.locus.intake.internal.TestJson.object;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.intake.internal.process.EngagementProcess;

/** How the values an API client sends to complete a task become intake's commands, and what a wrong type gives. */
class IntakeTaskHandlerTest {

    @Test
    void completesExactlyIntakesSixTasks() {
        assertThat(new IntakeTaskHandler().taskKeys()).containsExactlyInAnyOrder(
                "assessFit", "confirmFit", "scopeEngagement", "draftAgreement", "approveAgreement", "assignTeam");
        assertThat(new IntakeTaskHandler().taskKeys()).isEqualTo(EngagementProcess.intakeTaskKeys());
    }

    @Test
    void readsTheFourAnswersAsBooleans() {
        SubmittedValues values = new SubmittedValues(object("topTeamInvolved", true, "placeBased", false,
                "capacityAvailable", true, "fundingAvailable", true, "notes", "Met the leader"));

        assertThat(IntakeTaskHandler.fitAssessment(values))
                .isEqualTo(new FitAssessment(true, false, true, true, "Met the leader"));
        assertThat(values.errors()).isEmpty();
    }

    @Test
    void namesEveryFieldTheTaskDoesNotTakeNestedOnesByPath() {
        SubmittedValues values = new SubmittedValues(object("politicalSponsor", object("name", "Cllr Ada Hale", "nmae", "x"),
                "managerialSponsor", object("name", "Jo Bloggs"), "sponsor", "Jo"));

        IntakeTaskHandler.scoping(values);

        assertThat(values.errors()).containsOnlyKeys("politicalSponsor.nmae", "sponsor");
        assertThat(values.errors().get("sponsor")).isEqualTo(SubmittedValues.UNKNOWN_FIELD);
    }

    @Test
    void namesEachAnswerThatIsNotTrueOrFalse() {
        SubmittedValues values = new SubmittedValues(object("topTeamInvolved", "yes", "placeBased", 1,
                "capacityAvailable", null));

        FitAssessment assessment = IntakeTaskHandler.fitAssessment(values);

        assertThat(assessment.topTeamInvolved()).isNull();
        assertThat(assessment.capacityAvailable()).isNull();
        assertThat(values.errors()).containsOnly(
                entry("topTeamInvolved", "topTeamInvolved must be true or false"),
                entry("placeBased", "placeBased must be true or false"));
    }

    @Test
    void takesTheFitDecisionAsTheProcessWritesItOrAsItsName() {
        assertThat(IntakeTaskHandler.fitConfirmation(new SubmittedValues(object("decision", "referElsewhere",
                "referredTo", "Local Government Association"))))
                .isEqualTo(new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, "Local Government Association"));
        assertThat(IntakeTaskHandler.fitConfirmation(new SubmittedValues(object("decision", "ACCEPT"))).decision())
                .isEqualTo(FitDecision.ACCEPT);

        SubmittedValues unknown = new SubmittedValues(object("decision", "maybe"));
        assertThat(IntakeTaskHandler.fitConfirmation(unknown).decision()).isNull();
        assertThat(unknown.errors()).containsOnlyKeys("decision");
    }

    @Test
    void readsBothSponsorsAndReportsMistakesInsideThemByTheirPath() {
        SubmittedValues values = new SubmittedValues(object(
                "politicalSponsor", object("name", "Cllr Ann Lee", "jobTitle", "Leader of the council",
                        "organisation", "Northshire County Council"),
                "managerialSponsor", object("name", 42, "jobTitle", "Chief executive", "organisation", "Council")));

        Scoping scoping = IntakeTaskHandler.scoping(values);

        assertThat(scoping.politicalSponsor()).isEqualTo(new SponsorDetails("Cllr Ann Lee", "Leader of the council",
                "Northshire County Council"));
        assertThat(scoping.managerialSponsor().name()).isNull();
        assertThat(values.errors()).containsOnly(entry("managerialSponsor.name", "name must be text"));
    }

    @Test
    void leavesAMissingSponsorOutForTheServiceToAskFor() {
        Scoping scoping = IntakeTaskHandler.scoping(new SubmittedValues(object("politicalSponsor", null)));

        assertThat(scoping.hasBothSponsors()).isFalse();
        assertThat(scoping.politicalSponsor()).isNull();
        assertThat(scoping.managerialSponsor()).isNull();
    }

    @Test
    void readsTheAgreementsNumbersAndDates() {
        SubmittedValues values = new SubmittedValues(object("ambition", "One team", "timeline", "Six months",
                "fundingSource", "Transformation fund", "enablerDays", 12, "budget", "12500.50",
                "politicalSignOff", "2026-11-02", "managerialSignOff", "2026-11-03"));

        assertThat(IntakeTaskHandler.agreementDraft(values)).isEqualTo(new AgreementDraft("One team", "Six months",
                "Transformation fund", 12, new BigDecimal("12500.50"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)));
        assertThat(values.errors()).isEmpty();
    }

    @Test
    void namesNumbersAndDatesItCannotRead() {
        SubmittedValues values = new SubmittedValues(object("enablerDays", 2.5, "budget", "lots",
                "politicalSignOff", "31/11/2026", "managerialSignOff", "2026-02-30"));

        AgreementDraft draft = IntakeTaskHandler.agreementDraft(values);

        assertThat(draft.enablerDays()).isNull();
        assertThat(draft.budget()).isNull();
        assertThat(draft.politicalSignOff()).isNull();
        assertThat(values.errors()).containsOnlyKeys("enablerDays", "budget", "politicalSignOff", "managerialSignOff");
    }

    @Test
    void readsTheManagersDecision() {
        assertThat(IntakeTaskHandler.agreementDecision(new SubmittedValues(object("approved", false,
                "returnReason", "Too few enabler days"))))
                .isEqualTo(new AgreementDecision(false, "Too few enabler days"));
    }

    @Test
    void takesMissingEnablersAsNone() {
        assertThat(IntakeTaskHandler.teamAssignment(new SubmittedValues(object("lead", "sam"))))
                .isEqualTo(new TeamAssignment("sam", List.of()));
        assertThat(IntakeTaskHandler.teamAssignment(new SubmittedValues(object("lead", "sam",
                "enablers", List.of("alex", "kim")))).enablers())
                .containsExactly("alex", "kim");

        SubmittedValues wrong = new SubmittedValues(object("lead", "sam", "enablers", "alex"));
        assertThat(IntakeTaskHandler.teamAssignment(wrong).enablers()).isEmpty();
        assertThat(wrong.errors()).containsOnlyKeys("enablers");
    }

    @Test
    void readsNoValuesAtAllAsAllMissing() {
        SubmittedValues values = new SubmittedValues(null);

        assertThat(IntakeTaskHandler.fitAssessment(values)).isEqualTo(new FitAssessment(null, null, null, null, null));
        assertThat(values.errors()).isEmpty();
    }
}
