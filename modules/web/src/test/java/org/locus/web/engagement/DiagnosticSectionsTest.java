package org.locus.web.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;
import org.locus.diagnostic.api.PlanView;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.diagnostic.api.ThemeFindings;
import org.locus.web.engagement.Section.Entry;

/** What the engagement page says of the diagnostic, before and as it happens. */
class DiagnosticSectionsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Function<String, String> NAMES = id -> "Person " + id;

    @Test
    void showsNothingBeforeTheDiagnosticBegins() {
        assertThat(DiagnosticSections.of(Optional.empty(), NAMES)).isEmpty();
    }

    @Test
    void listsThePlanByGroupAndFlagsAMissingTopTeam() {
        PlanView plan = new PlanView(List.of(new Participant("Cllr Ada Hale", ParticipantGroup.POLITICAL, "Leader", "Council")),
                PlanBalance.of(1, 0, 0), false, "priya", MONDAY);

        Section section = DiagnosticSections.plan(plan, NAMES);

        assertThat(section.rows()).contains(new Entry("Political top team", "Cllr Ada Hale, Leader, Council"),
                new Entry("Managerial top team", "None"), new Entry("Team survey", "Not run"));
        assertThat(section.rows()).filteredOn(entry -> entry.key().equals("Balance")).singleElement()
                .extracting(Entry::value).asString().contains("No one from the managerial top team");
        assertThat(DiagnosticSections.survey(plan, null).emptyText()).isEqualTo("The lead decided not to run a team survey.");
    }

    @Test
    void namesEachFindingsThemeAndTagAndEachPlaybacksOutcome() {
        FindingView finding = new FindingView("f-1", "Cabinet and the top team say it differently.", FindingTag.DISSONANCE,
                "Shared ambition", "priya", MONDAY);

        FindingView withdrawn = new FindingView("f-0", "Nobody talks about politics.", FindingTag.POLITICS, null, "priya", MONDAY);
        Section findings = DiagnosticSections.findings(List.of(new ThemeFindings("Shared ambition", List.of(finding))),
                List.of(withdrawn));
        Section playbacks = DiagnosticSections.playbacks(List.of(new PlaybackView(LocalDate.of(2026, 12, 1), false,
                "Say more about partners.", "priya", MONDAY)), NAMES);

        assertThat(findings.rows()).containsExactly(new Entry("Shared ambition: Dissonance", "Cabinet and the top team say it differently."),
                new Entry("Withdrawn: Politics", "Nobody talks about politics."));
        assertThat(playbacks.rows()).singleElement().extracting(Entry::value).asString()
                .startsWith("Sent back: Say more about partners.").contains("Person priya");
    }
}
