package org.locus.diagnostic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.map;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.FindingEntry;
import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewView;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.record.Recorded;

/** The rules a diagnostic keeps, whichever way a step is reached: the plan's balance, interviews, findings, playbacks. */
class DiagnosticTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Recorded BY_PRIYA = Recorded.of("priya", Instant.parse("2026-12-02T10:00:00Z"));
    private static final List<String> TEAM = List.of("priya", "sam", "jo");

    private static final Participant LEADER = new Participant("Cllr Ada Hale", ParticipantGroup.POLITICAL,
            "Leader of the council", "Northshire Council");
    private static final Participant CABINET = new Participant("Cllr Raj Patel", ParticipantGroup.POLITICAL,
            "Cabinet member", "Northshire Council");
    private static final Participant CHIEF_EXECUTIVE = new Participant("Ben Ortiz", ParticipantGroup.MANAGERIAL,
            "Chief executive", "Northshire Council");
    private static final Participant NHS_CHIEF = new Participant("Dr Kim Lowe", ParticipantGroup.PARTNER,
            "Chief executive", "Northshire NHS Trust");

    private final Diagnostic diagnostic = new Diagnostic("e-0003");

    @Test
    void countsThePlansParticipantsByGroup() {
        diagnostic.plan(List.of(LEADER, CABINET, CHIEF_EXECUTIVE, NHS_CHIEF), true, BY_PRIYA);

        assertThat(diagnostic.balance()).isEqualTo(new PlanBalance(2, 1, 1, false, false));
        assertThat(diagnostic.balance().flagged()).isFalse();
        assertThat(diagnostic.planView().participants()).extracting(Participant::name)
                .containsExactly("Cllr Ada Hale", "Cllr Raj Patel", "Ben Ortiz", "Dr Kim Lowe");
        assertThat(diagnostic.planView().plannedBy()).isEqualTo("priya");
        assertThat(diagnostic.runsSurvey()).isTrue();
    }

    @Test
    void flagsAPlanWithoutThePoliticalTopTeam() {
        diagnostic.plan(List.of(CHIEF_EXECUTIVE, NHS_CHIEF), false, BY_PRIYA);

        assertThat(diagnostic.balance().politicalMissing()).isTrue();
        assertThat(diagnostic.balance().managerialMissing()).isFalse();
        assertThat(diagnostic.planView().balance().flagged()).isTrue();
    }

    @Test
    void flagsAPlanWithoutTheManagerialTopTeam() {
        diagnostic.plan(List.of(LEADER, NHS_CHIEF), false, BY_PRIYA);

        assertThat(diagnostic.balance().managerialMissing()).isTrue();
        assertThat(diagnostic.balance().politicalMissing()).isFalse();
    }

    @Test
    void refusesAPlanWithNobodyInIt() {
        assertFieldErrors(() -> diagnostic.plan(List.of(), false, BY_PRIYA), "participants");
        assertThat(diagnostic.isPlanned()).isFalse();
    }

    @Test
    void hasNoPlanAndRunsNoSurveyBeforeItIsPlanned() {
        assertThat(diagnostic.planView()).isNull();
        assertThat(diagnostic.runsSurvey()).isFalse();
        assertThatThrownBy(() -> diagnostic.recordInterview(interview(TODAY, null), TEAM, TODAY, BY_PRIYA))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void recordsAnInterviewWithThePlansParticipantsAsPlanned() {
        planned();

        InterviewView interview = diagnostic.recordInterview(new InterviewEntry(InterviewKind.INTERVIEW,
                TODAY.minusDays(1), null, "sam", List.of(" cllr ada  hale", "Ben Ortiz"), " Candid. "), TEAM, TODAY, BY_PRIYA).view();

        assertThat(interview.participants()).containsExactly("Cllr Ada Hale", "Ben Ortiz");
        assertThat(interview.interviewer()).isEqualTo("sam");
        assertThat(interview.heldOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(interview.notes()).isEqualTo("Candid.");
        assertThat(interview.recordedBy()).isEqualTo("priya");
    }

    @Test
    void refusesAnInterviewHeldInTheFuture() {
        planned();

        assertFieldErrors(() -> diagnostic.recordInterview(interview(TODAY.plusDays(1), null), TEAM, TODAY, BY_PRIYA),
                "heldOn");
    }

    @Test
    void refusesAnObservationThatEndsBeforeItBegan() {
        planned();

        assertFieldErrors(() -> diagnostic.recordInterview(observation(TODAY.minusDays(2), TODAY.minusDays(3)),
                TEAM, TODAY, BY_PRIYA), "heldUntil");
    }

    @Test
    void refusesAnObservationThatEndsInTheFuture() {
        planned();

        assertFieldErrors(() -> diagnostic.recordInterview(observation(TODAY.minusDays(2), TODAY.plusDays(1)),
                TEAM, TODAY, BY_PRIYA), "heldUntil");
    }

    @Test
    void keepsAnObservationOverSeveralDaysAndAnInterviewOnOne() {
        planned();

        InterviewView observation = diagnostic.recordInterview(observation(TODAY.minusDays(3), TODAY), TEAM, TODAY, BY_PRIYA).view();
        InterviewView oneDay = diagnostic.recordInterview(observation(TODAY, TODAY), TEAM, TODAY, BY_PRIYA).view();

        assertThat(observation.heldUntil()).isEqualTo(TODAY);
        assertThat(oneDay.heldUntil()).isNull();
        assertFieldErrors(() -> diagnostic.recordInterview(interview(TODAY.minusDays(1), TODAY), TEAM, TODAY, BY_PRIYA),
                "heldUntil");
    }

    @Test
    void refusesAnInterviewerWhoIsNotOnTheTeam() {
        planned();

        assertFieldErrors(() -> diagnostic.recordInterview(new InterviewEntry(InterviewKind.INTERVIEW, TODAY, null,
                "morgan", List.of("Cllr Ada Hale"), "Notes"), TEAM, TODAY, BY_PRIYA), "interviewer");
    }

    @Test
    void refusesAParticipantWhoIsNotInThePlanNamingThem() {
        planned();

        assertThatThrownBy(() -> diagnostic.recordInterview(new InterviewEntry(InterviewKind.INTERVIEW, TODAY, null,
                "sam", List.of("Cllr Ada Hale", "Max Moe"), "Notes"), TEAM, TODAY, BY_PRIYA))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .hasEntrySatisfying("participants", message -> assertThat(message).contains("Max Moe is not in it"));
    }

    @Test
    void namesEveryWrongFieldOfAnInterviewAtOnce() {
        planned();

        assertFieldErrors(() -> diagnostic.recordInterview(new InterviewEntry(InterviewKind.OBSERVATION,
                TODAY.plusDays(2), TODAY.plusDays(1), "morgan", List.of("Max Moe"), "Notes"), TEAM, TODAY, BY_PRIYA),
                "heldOn", "heldUntil", "interviewer", "participants");
    }

    @Test
    void recordsSurveyResponsesOnlyWhenTheSurveyIsRun() {
        diagnostic.plan(List.of(LEADER, CHIEF_EXECUTIVE), false, BY_PRIYA);

        assertThatThrownBy(() -> diagnostic.recordSurveyResponse(new SurveyResponse(1, 2, 3, 4, 5, null), BY_PRIYA))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void keepsASurveyResponsesRatingsAndWhatWasWritten() {
        planned();

        SurveyResponse kept = diagnostic.recordSurveyResponse(new SurveyResponse(1, 2, 3, 4, 5, " We rarely talk. "), BY_PRIYA).answers();

        assertThat(kept).isEqualTo(new SurveyResponse(1, 2, 3, 4, 5, "We rarely talk."));
    }

    @Test
    void refusesAFindingWithoutATag() {
        planned();

        assertFieldErrors(() -> diagnostic.recordFinding(new FindingEntry("Leaders talk past each other.", null, null),
                0, BY_PRIYA), "tag");
    }

    @Test
    void keepsAFindingWithItsTagAndTidiedTheme() {
        planned();

        FindingView finding = diagnostic.recordFinding(new FindingEntry("Leaders talk past each other.",
                FindingTag.DISSONANCE, "  Shared   ambition "), 0, BY_PRIYA).view();
        FindingView withoutTheme = diagnostic.recordFinding(new FindingEntry("Partners trust the chief executive.",
                FindingTag.RELATIONSHIPS, " "), 1, BY_PRIYA).view();

        assertThat(finding.tag()).isEqualTo(FindingTag.DISSONANCE);
        assertThat(finding.theme()).isEqualTo("Shared ambition");
        assertThat(withoutTheme.theme()).isNull();
    }

    @Test
    void withdrawsAFindingOnceAndKeepsIt() {
        planned();
        Finding finding = diagnostic.recordFinding(new FindingEntry("Officers answer for members.", FindingTag.DISSONANCE, null),
                0, BY_PRIYA);

        finding.withdraw(BY_PRIYA);

        assertThat(finding.isWithdrawn()).isTrue();
        assertThat(finding.view().text()).isEqualTo("Officers answer for members.");
        assertThatThrownBy(() -> finding.withdraw(BY_PRIYA)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("withdrawn already, by priya");
    }

    @Test
    void keepsEveryPlaybackSentBackThenValidated() {
        planned();

        diagnostic.playBack(new PlaybackDecision(TODAY.minusDays(7), false, " Say more about partners. "), 3, TODAY, BY_PRIYA);
        diagnostic.playBack(new PlaybackDecision(TODAY, true, "ignored once validated"), 4, TODAY, BY_PRIYA);

        assertThat(diagnostic.playbackViews()).extracting(PlaybackView::playedBackOn, PlaybackView::validated, PlaybackView::revisions)
                .containsExactly(
                        tuple(TODAY.minusDays(7), false, "Say more about partners."),
                        tuple(TODAY, true, null));
    }

    @Test
    void refusesFindingsSentBackWithoutWhatToRevise() {
        planned();

        assertFieldErrors(() -> diagnostic.playBack(new PlaybackDecision(TODAY, false, " "), 1, TODAY, BY_PRIYA), "revisions");
        assertThat(diagnostic.playbackViews()).isEmpty();
    }

    @Test
    void refusesAPlaybackInTheFutureOrBeforeTheLastOne() {
        planned();
        assertFieldErrors(() -> diagnostic.playBack(new PlaybackDecision(TODAY.plusDays(1), true, null), 1, TODAY, BY_PRIYA),
                "playedBackOn");

        diagnostic.playBack(new PlaybackDecision(TODAY.minusDays(1), false, "Revise"), 1, TODAY, BY_PRIYA);

        assertThatThrownBy(() -> diagnostic.playBack(new PlaybackDecision(TODAY.minusDays(2), true, null), 1, TODAY, BY_PRIYA))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .hasEntrySatisfying("playedBackOn", message -> assertThat(message).endsWith("the last one, 1 December 2026"));
    }

    @Test
    void refusesToPlayBackWithoutFindings() {
        planned();

        assertThatThrownBy(() -> diagnostic.playBack(new PlaybackDecision(TODAY, true, null), 0, TODAY, BY_PRIYA))
                .isInstanceOf(ConflictException.class);
    }

    private void planned() {
        diagnostic.plan(List.of(LEADER, CHIEF_EXECUTIVE, NHS_CHIEF), true, BY_PRIYA);
    }

    private static InterviewEntry interview(LocalDate heldOn, LocalDate heldUntil) {
        return new InterviewEntry(InterviewKind.INTERVIEW, heldOn, heldUntil, "sam", List.of("Cllr Ada Hale"), "Notes");
    }

    private static InterviewEntry observation(LocalDate heldOn, LocalDate heldUntil) {
        return new InterviewEntry(InterviewKind.OBSERVATION, heldOn, heldUntil, "jo", List.of("Ben Ortiz", "Dr Kim Lowe"),
                "The cabinet and top team met together.");
    }

    private static void assertFieldErrors(ThrowingCallable step, String... fields) {
        assertThatThrownBy(step).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors(), map(String.class, String.class))
                .containsOnlyKeys(fields);
    }
}
