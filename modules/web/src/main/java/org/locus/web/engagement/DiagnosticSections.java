package org.locus.web.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.FindingView;
import org.locus.diagnostic.api.InterviewView;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanView;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.diagnostic.api.StatementAverage;
import org.locus.diagnostic.api.SurveySummary;
import org.locus.diagnostic.api.ThemeFindings;
import org.locus.platform.api.format.GovukFormats;
import org.locus.web.engagement.Section.Entry;

/**
 * What the diagnostic found, as sections of the engagement's page: the interview plan and its
 * balance, the interviews and observations, the team survey, the findings by theme, the playbacks.
 * Nothing shows before the diagnostic has begun.
 */
public final class DiagnosticSections {

    private DiagnosticSections() {
    }

    /** @param personName a user id's display name, such as "Sam Okafor (sam)" */
    public static List<Section> of(Optional<DiagnosticSummary> diagnostic, Function<String, String> personName) {
        if (diagnostic.isEmpty()) {
            return List.of();
        }
        DiagnosticSummary d = diagnostic.get();
        return List.of(plan(d.plan(), personName), interviews(d.interviews(), personName), survey(d.plan(), d.survey()),
                findings(d.findingsByTheme()), playbacks(d.playbacks(), personName));
    }

    static Section plan(PlanView plan, Function<String, String> personName) {
        if (plan == null) {
            return new Section("interview-plan", "Interview plan", List.of(), "Not planned yet.");
        }
        List<Entry> rows = new ArrayList<>();
        for (ParticipantGroup group : ParticipantGroup.values()) {
            rows.add(new Entry(group.label(), plan.participants().stream().filter(p -> p.group() == group)
                    .map(DiagnosticSections::participant).collect(Collectors.joining("; "))));
        }
        var balance = plan.balance();
        rows.add(new Entry("Balance", balance.political() + " political, " + balance.managerial() + " managerial, "
                + balance.partner() + " partner" + (balance.politicalMissing() ? ". No one from the political top team" : "")
                + (balance.managerialMissing() ? ". No one from the managerial top team" : "")));
        rows.add(new Entry("Team survey", plan.surveyRun() ? "Run" : "Not run"));
        rows.add(new Entry("Planned", personName.apply(plan.plannedBy()) + ", " + GovukFormats.dateTime(plan.plannedAt())));
        return new Section("interview-plan", "Interview plan", rows, null);
    }

    static Section interviews(List<InterviewView> interviews, Function<String, String> personName) {
        List<Entry> rows = interviews.stream().map(interview -> new Entry(
                interview.kind().label() + ", " + GovukFormats.date(interview.heldOn())
                        + (interview.heldUntil() == null ? "" : " to " + GovukFormats.date(interview.heldUntil())),
                personName.apply(interview.interviewer()) + " with " + String.join(", ", interview.participants())
                        + ": " + interview.notes()))
                .toList();
        return new Section("interviews", "Interviews and observations", rows, "None recorded yet.");
    }

    static Section survey(PlanView plan, SurveySummary survey) {
        if (plan != null && !plan.surveyRun()) {
            return new Section("survey", "Team survey", List.of(), "The lead decided not to run a team survey.");
        }
        if (survey == null || survey.responses() == 0) {
            return new Section("survey", "Team survey", List.of(), "No responses recorded yet.");
        }
        List<Entry> rows = new ArrayList<>();
        rows.add(new Entry("Responses", String.valueOf(survey.responses())));
        for (StatementAverage average : survey.averages()) {
            rows.add(new Entry(average.text(), average.average().toPlainString() + " out of 5"));
        }
        if (!survey.comments().isEmpty()) {
            rows.add(new Entry("What participants wrote", String.join(" / ", survey.comments())));
        }
        return new Section("survey", "Team survey", rows, null);
    }

    static Section findings(List<ThemeFindings> byTheme) {
        List<Entry> rows = new ArrayList<>();
        for (ThemeFindings theme : byTheme) {
            for (FindingView finding : theme.findings()) {
                rows.add(new Entry((theme.theme() == null ? "No theme" : theme.theme()) + ": " + finding.tag().label(),
                        finding.text()));
            }
        }
        return new Section("findings", "Findings", rows, "None synthesised yet.");
    }

    static Section playbacks(List<PlaybackView> playbacks, Function<String, String> personName) {
        List<Entry> rows = playbacks.stream().map(playback -> new Entry(
                GovukFormats.date(playback.playedBackOn()),
                (playback.validated() ? "Validated" : "Sent back: " + playback.revisions())
                        + " (recorded by " + personName.apply(playback.recordedBy()) + ")"))
                .toList();
        return new Section("playbacks", "Playback", rows, "Not played back yet.");
    }

    private static String participant(Participant participant) {
        return participant.name() + ", " + participant.jobTitle() + ", " + participant.organisation();
    }
}
