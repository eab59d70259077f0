package org.locus.web.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.SponsorDetails;
import org.locus.platform.api.engagement.Stage;

class EngagementSectionsTest {

    private static final Function<String, String> NAMES = id -> "Name of " + id;

    @Test
    void aNewEngagementShowsWhatHasNotHappenedYet() {
        List<Section> sections = EngagementSections.of(summary(null, null, null, null), NAMES);

        assertThat(sections).extracting(Section::id).containsExactly("first-contact", "fit", "sponsors", "agreement", "team");
        assertThat(sections).extracting(Section::emptyText)
                .containsExactly(null, "Not assessed yet.", null, "Not drafted yet.", "Not assigned yet.");
        assertThat(sections.get(2).rows()).extracting(Section.Entry::value).containsExactly("Not named yet", "Not named yet");
    }

    @Test
    void showsTheFirstContact() {
        Section firstContact = EngagementSections.of(summary(null, null, null, null), NAMES).get(0);

        assertThat(firstContact.rows()).extracting(Section.Entry::key, Section.Entry::value).contains(
                org.assertj.core.groups.Tuple.tuple("Organisations", "Northshire Council, NHS Northshire"),
                org.assertj.core.groups.Tuple.tuple("Contact", "Jo Bloggs, Chief executive, Northshire Council"),
                org.assertj.core.groups.Tuple.tuple("Contact’s side", "Managerial leader"),
                org.assertj.core.groups.Tuple.tuple("Logged", "25 November 2026 at 1:34pm by Name of sam"));
    }

    @Test
    void anOverriddenFitShowsTheReason() {
        EngagementSummary.Fit fit = new EngagementSummary.Fit(true, true, false, true, null, FitDecision.REFER_ELSEWHERE,
                "No capacity", FitDecision.ACCEPT, "They found capacity", null);

        Section section = EngagementSections.of(summary(fit, null, null, null), NAMES).get(1);

        assertThat(section.rows()).extracting(Section.Entry::key, Section.Entry::value).contains(
                org.assertj.core.groups.Tuple.tuple("Capacity to take it on", "No"),
                org.assertj.core.groups.Tuple.tuple("Rule’s recommendation", "Refer elsewhere: No capacity"),
                org.assertj.core.groups.Tuple.tuple("Decision", "Take it on"),
                org.assertj.core.groups.Tuple.tuple("Reason for overriding the rule", "They found capacity"));
    }

    @Test
    void showsTheAgreementAndWhoDecided() {
        EngagementSummary.Agreement agreement = new EngagementSummary.Agreement("Work well together", "A year", "Council",
                20, new BigDecimal("12500.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), false, "morgan",
                "Budget too high");
        EngagementSummary.Team team = new EngagementSummary.Team("sam", List.of());

        List<Section> sections = EngagementSections.of(summary(null, agreement, team,
                new SponsorDetails("Cllr Pat Lee", "Leader", "Northshire Council")), NAMES);

        assertThat(sections.get(3).rows()).extracting(Section.Entry::value)
                .contains("£12,500", "1 November 2026", "Returned by Name of morgan: Budget too high");
        assertThat(sections.get(4).rows()).extracting(Section.Entry::value).containsExactly("Name of sam", "None");
        assertThat(sections.get(2).rows().get(0).value()).isEqualTo("Cllr Pat Lee, Leader, Northshire Council");
    }

    private static EngagementSummary summary(EngagementSummary.Fit fit, EngagementSummary.Agreement agreement,
                                             EngagementSummary.Team team, SponsorDetails political) {
        return new EngagementSummary("e1", "ENG-2026-0001", Instant.parse("2026-11-25T13:34:00Z"), "sam", "Northshire",
                List.of("Northshire Council", "NHS Northshire"),
                new EngagementSummary.Contact("Jo Bloggs", LeaderRole.MANAGERIAL, "Chief executive", "Northshire Council"),
                "Help the top team", "A colleague", Stage.INTAKE, EngagementStatus.OPEN, fit, political, null, agreement, team);
    }
}
