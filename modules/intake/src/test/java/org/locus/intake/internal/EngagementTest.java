package org.locus.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.record.Recorded;

/** The rules an engagement keeps through intake, whichever way a step is reached. */
class EngagementTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private final Place northshire = new Place("Northshire", MONDAY);
    private final Organisation council = new Organisation(northshire, "Northshire County Council");
    private final Organisation nhs = new Organisation(northshire, "NHS Northshire");
    private final Leader chiefExecutive = new Leader(council, "Jo Bloggs", LeaderRole.MANAGERIAL, "Chief executive");
    private final Leader councilLeader = new Leader(council, "Cllr Ann Lee", LeaderRole.POLITICAL, "Leader of the council");

    @Test
    void opensAtIntakeWithItsPlaceOrganisationsAndContact() {
        Engagement engagement = newEngagement();

        EngagementSummary summary = engagement.summary();
        assertThat(summary.reference()).isEqualTo("ENG-2026-0042");
        assertThat(summary.placeName()).isEqualTo("Northshire");
        assertThat(summary.organisations()).containsExactly("Northshire County Council", "NHS Northshire");
        assertThat(summary.contact()).isEqualTo(new EngagementSummary.Contact("Jo Bloggs", LeaderRole.MANAGERIAL,
                "Chief executive", "Northshire County Council"));
        assertThat(summary.stage()).isEqualTo(Stage.INTAKE);
        assertThat(summary.status()).isEqualTo(EngagementStatus.OPEN);
        assertThat(summary.openedAt()).isEqualTo(MONDAY);
        assertThat(summary.openedBy()).isEqualTo("sam");
        assertThat(summary.fit()).isNull();
        assertThat(summary.agreement()).isNull();
        assertThat(summary.team()).isNull();
    }

    @Test
    void listsAnOrganisationNamedTwiceOnce() {
        Engagement engagement = new Engagement("ENG-2026-0043", northshire, List.of(council, nhs, council), chiefExecutive, firstContact("Help", "A colleague"), Recorded.of("sam", MONDAY));

        assertThat(engagement.summary().organisations()).containsExactly("Northshire County Council", "NHS Northshire");
    }

    @Test
    void refusesAContactFromAnotherPlace() {
        Place southshire = new Place("Southshire", MONDAY);
        Leader stranger = new Leader(new Organisation(southshire, "Southshire Council"), "Max Moe",
                LeaderRole.MANAGERIAL, "Chief executive");

        assertThatThrownBy(() -> new Engagement("ENG-2026-0044", northshire, List.of(council), stranger, firstContact("Help", "A colleague"), Recorded.of("sam", MONDAY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flagsAnEngagementUntilBothSponsorsAreNamed() {
        Engagement engagement = acceptedEngagement();
        assertThat(engagement.sponsorsMissing()).isTrue();
        assertThat(engagement.headline().sponsorsMissing()).isTrue();

        engagement.nameSponsors(councilLeader, null);
        assertThat(engagement.sponsorsMissing()).isTrue();
        assertThat(engagement.summary().sponsorsMissing()).isTrue();

        engagement.nameSponsors(councilLeader, chiefExecutive);
        assertThat(engagement.sponsorsMissing()).isFalse();
        assertThat(engagement.headline().sponsorsMissing()).isFalse();
        assertThat(engagement.summary().politicalSponsor().name()).isEqualTo("Cllr Ann Lee");
        assertThat(engagement.summary().managerialSponsor().jobTitle()).isEqualTo("Chief executive");
    }

    @Test
    void refusesToCompleteScopingUntilBothSponsorsAreNamedSayingWhichIsMissing() {
        Engagement engagement = acceptedEngagement();
        engagement.nameSponsors(null, chiefExecutive);

        assertThatThrownBy(engagement::completeScoping)
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("politicalSponsor");

        engagement.nameSponsors(councilLeader, chiefExecutive);
        engagement.completeScoping();
    }

    @Test
    void refusesAManagerialLeaderAsPoliticalSponsor() {
        Engagement engagement = acceptedEngagement();

        assertThatThrownBy(() -> engagement.nameSponsors(chiefExecutive, null))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsEntry("politicalSponsor.name", "Jo Bloggs is recorded as a managerial leader. "
                        + "Name a political leader as the political sponsor");
        assertThat(engagement.sponsorsMissing()).isTrue();
    }

    @Test
    void refusesASponsorFromAnotherPlace() {
        Engagement engagement = acceptedEngagement();
        Leader elsewhere = new Leader(new Organisation(new Place("Southshire", MONDAY), "Southshire Council"),
                "Cllr Bo Tan", LeaderRole.POLITICAL, "Leader of the council");

        assertThatThrownBy(() -> engagement.nameSponsors(elsewhere, chiefExecutive))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("politicalSponsor.name");
    }

    @Test
    void needsAReasonToOverruleTheRecommendation() {
        Engagement engagement = assessedEngagement();

        assertThatThrownBy(() -> engagement.confirmFit(FitDecision.REFER_ELSEWHERE, "No funding is available for the work.", new FitConfirmation(FitDecision.ACCEPT, "  ", null), Recorded.of("sam", MONDAY)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsExactly(entry("overrideReason",
                        "Enter why you are not following the recommendation"));

        engagement.confirmFit(FitDecision.REFER_ELSEWHERE, "No funding is available for the work.", new FitConfirmation(FitDecision.ACCEPT, "The council has promised funding", null), Recorded.of("sam", MONDAY));
        EngagementSummary.Fit fit = engagement.summary().fit();
        assertThat(fit.overridden()).isTrue();
        assertThat(fit.recommendation()).isEqualTo(FitDecision.REFER_ELSEWHERE);
        assertThat(fit.recommendationReason()).isEqualTo("No funding is available for the work.");
        assertThat(fit.decision()).isEqualTo(FitDecision.ACCEPT);
        assertThat(fit.overrideReason()).isEqualTo("The council has promised funding");
    }

    @Test
    void needsTheProviderToReferElsewhere() {
        Engagement engagement = assessedEngagement();

        assertThatThrownBy(() -> engagement.confirmFit(FitDecision.REFER_ELSEWHERE, "No capacity", new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, ""), Recorded.of("sam", MONDAY)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("referredTo");

        engagement.confirmFit(FitDecision.REFER_ELSEWHERE, "No capacity", new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, "Local Government Association"), Recorded.of("sam", MONDAY));
        assertThat(engagement.summary().fit().referredTo()).isEqualTo("Local Government Association");
    }

    @Test
    void asksForBothAReasonAndAProviderWhenOverrulingAnAcceptToReferElsewhere() {
        Engagement engagement = assessedEngagement();

        assertThatThrownBy(() -> engagement.confirmFit(FitDecision.ACCEPT, "Fits the remit", new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, null), Recorded.of("sam", MONDAY)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("overrideReason", "referredTo");
    }

    @Test
    void keepsNoOverrideReasonOrProviderWhenFollowingARecommendationToAccept() {
        Engagement engagement = assessedEngagement();

        engagement.confirmFit(FitDecision.ACCEPT, "Fits the remit", new FitConfirmation(FitDecision.ACCEPT, "Agreed", "Someone"), Recorded.of("sam", MONDAY));

        EngagementSummary.Fit fit = engagement.summary().fit();
        assertThat(fit.overridden()).isFalse();
        assertThat(fit.overrideReason()).isNull();
        assertThat(fit.referredTo()).isNull();
    }

    @Test
    void refusesToConfirmFitBeforeItIsAssessed() {
        Engagement engagement = newEngagement();

        assertThatThrownBy(() -> engagement.confirmFit(FitDecision.ACCEPT, "Fits", new FitConfirmation(FitDecision.ACCEPT, null, null), Recorded.of("sam", MONDAY)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void keepsTheFourAnswersAndTheNotes() {
        Engagement engagement = newEngagement();

        engagement.assessFit(new FitAssessment(true, false, true, false, " Single organisation "), Recorded.of("sam", MONDAY));

        EngagementSummary.Fit fit = engagement.summary().fit();
        assertThat(fit.topTeamInvolved()).isTrue();
        assertThat(fit.placeBased()).isFalse();
        assertThat(fit.capacityAvailable()).isTrue();
        assertThat(fit.fundingAvailable()).isFalse();
        assertThat(fit.notes()).isEqualTo("Single organisation");
        assertThat(fit.decision()).isNull();
    }

    @Test
    void refusesAgreementWithoutBothSponsors() {
        Engagement engagement = acceptedEngagement();
        engagement.nameSponsors(councilLeader, null);

        assertThatThrownBy(() -> draft(engagement))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("both sponsors");
        assertThat(engagement.summary().agreement()).isNull();
    }

    @Test
    void needsAReasonToReturnTheAgreement() {
        Engagement engagement = draftedEngagement();

        assertThatThrownBy(() -> engagement.decideAgreement(new AgreementDecision(false, " "), Recorded.of("morgan", MONDAY)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("returnReason");

        engagement.decideAgreement(new AgreementDecision(false, "The budget does not cover the enabler days"), Recorded.of("morgan", MONDAY));
        EngagementSummary.Agreement agreement = engagement.summary().agreement();
        assertThat(agreement.approved()).isFalse();
        assertThat(agreement.decidedBy()).isEqualTo("morgan");
        assertThat(agreement.returnReason()).isEqualTo("The budget does not cover the enabler days");
    }

    @Test
    void aRedraftWaitsForANewDecisionAndStillShowsWhyItWasReturned() {
        Engagement engagement = draftedEngagement();
        engagement.decideAgreement(new AgreementDecision(false, "Too few enabler days"), Recorded.of("morgan", MONDAY));

        engagement.draftAgreement(new AgreementDraft("Ambition", "Six months", "Transformation fund", 20, new BigDecimal("15000.00"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)), Recorded.of("sam", MONDAY));

        EngagementSummary.Agreement agreement = engagement.summary().agreement();
        assertThat(agreement.enablerDays()).isEqualTo(20);
        assertThat(agreement.approved()).isNull();
        assertThat(agreement.decidedBy()).isNull();
        assertThat(agreement.returnReason()).isEqualTo("Too few enabler days");

        engagement.decideAgreement(new AgreementDecision(true, "ignored"), Recorded.of("morgan", MONDAY));
        assertThat(engagement.summary().agreement().approved()).isTrue();
        assertThat(engagement.summary().agreement().returnReason()).isNull();
    }

    @Test
    void refusesToAssignTheTeamBeforeTheAgreementIsApproved() {
        Engagement engagement = draftedEngagement();

        assertThatThrownBy(() -> engagement.assignTeam(new TeamAssignment("sam", List.of("alex"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesTheLeadAsAnEnablerToo() {
        Engagement engagement = approvedEngagement();

        assertThatThrownBy(() -> engagement.assignTeam(new TeamAssignment("sam", List.of("alex", "sam"))))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys("enablers");
    }

    @Test
    void assignsTheLeadAndEachEnablerOnce() {
        Engagement engagement = approvedEngagement();

        engagement.assignTeam(new TeamAssignment("sam", List.of("alex", "kim", "alex")));

        assertThat(engagement.summary().team()).isEqualTo(new EngagementSummary.Team("sam", List.of("alex", "kim")));
    }

    @Test
    void movesOnToTheStageTheMapEntersAndTakesNoMoreIntakeWork() {
        Engagement engagement = approvedEngagement();
        engagement.assignTeam(new TeamAssignment("sam", List.of()));

        engagement.moved(new EngagementMoved(engagement.id(), Stage.DIAGNOSTIC, EngagementStatus.OPEN, MONDAY));

        assertThat(engagement.headline().stage()).isEqualTo(Stage.DIAGNOSTIC);
        assertThat(engagement.isOpen()).isTrue();
        assertThatThrownBy(() -> engagement.nameSponsors(councilLeader, chiefExecutive))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ENG-2026-0042 is in the diagnostic stage; intake work on it has finished.");
    }

    @Test
    void keepsItsStageWhenTheMapEndsIt() {
        Engagement engagement = newEngagement();

        engagement.moved(new EngagementMoved(engagement.id(), null, EngagementStatus.WITHDRAWN, MONDAY));

        assertThat(engagement.headline().stage()).isEqualTo(Stage.INTAKE);
        assertThat(engagement.headline().status()).isEqualTo(EngagementStatus.WITHDRAWN);
    }

    @Test
    void takesNoMoreIntakeWorkOnceReferredElsewhere() {
        Engagement engagement = assessedEngagement();
        engagement.confirmFit(FitDecision.REFER_ELSEWHERE, "No capacity", new FitConfirmation(FitDecision.REFER_ELSEWHERE, null, "Local Government Association"), Recorded.of("sam", MONDAY));

        engagement.moved(new EngagementMoved(engagement.id(), null, EngagementStatus.REFERRED_ELSEWHERE, MONDAY));

        assertThat(engagement.headline().status()).isEqualTo(EngagementStatus.REFERRED_ELSEWHERE);
        assertThatThrownBy(() -> engagement.nameSponsors(councilLeader, chiefExecutive))
                .isInstanceOf(ConflictException.class)
                .hasMessage("ENG-2026-0042 is referred elsewhere; intake work on it has finished.");
    }

    private static FirstContact firstContact(String presentingIssue, String howHeard) {
        return new FirstContact("Northshire", List.of("Northshire County Council"), "Jo Bloggs", LeaderRole.MANAGERIAL,
                "Chief executive", "Northshire County Council", presentingIssue, howHeard);
    }

    private Engagement newEngagement() {
        return new Engagement("ENG-2026-0042", northshire, List.of(council, nhs), chiefExecutive, firstContact("The top team does not trust each other", "A colleague in another council"), Recorded.of("sam", MONDAY));
    }

    private Engagement assessedEngagement() {
        Engagement engagement = newEngagement();
        engagement.assessFit(new FitAssessment(true, true, true, true, null), Recorded.of("sam", MONDAY));
        return engagement;
    }

    private Engagement acceptedEngagement() {
        Engagement engagement = assessedEngagement();
        engagement.confirmFit(FitDecision.ACCEPT, "Fits the remit", new FitConfirmation(FitDecision.ACCEPT, null, null), Recorded.of("sam", MONDAY));
        return engagement;
    }

    private Engagement draftedEngagement() {
        Engagement engagement = acceptedEngagement();
        engagement.nameSponsors(councilLeader, chiefExecutive);
        engagement.completeScoping();
        draft(engagement);
        return engagement;
    }

    private Engagement approvedEngagement() {
        Engagement engagement = draftedEngagement();
        engagement.decideAgreement(new AgreementDecision(true, null), Recorded.of("morgan", MONDAY));
        return engagement;
    }

    private static void draft(Engagement engagement) {
        engagement.draftAgreement(new AgreementDraft("A top team that works as one", "January to June 2027", "Transformation fund", 12, new BigDecimal("12500.50"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)), Recorded.of("sam", MONDAY));
    }
}
