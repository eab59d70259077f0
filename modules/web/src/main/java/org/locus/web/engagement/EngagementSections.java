package org.locus.web.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.SponsorDetails;
import org.locus.web.engagement.Section.Entry;
import org.locus.platform.api.format.GovukFormats;

/** An engagement's summary as the sections of its page: first contact, fit, sponsors, agreement, team. */
public final class EngagementSections {

    private EngagementSections() {
    }

    /** @param personName a user id's display name, such as "Sam Okafor (sam)" */
    public static List<Section> of(EngagementSummary summary, Function<String, String> personName) {
        return List.of(firstContact(summary, personName), fit(summary.fit()), sponsors(summary), agreement(summary, personName),
                team(summary.team(), personName));
    }

    static Section firstContact(EngagementSummary s, Function<String, String> personName) {
        List<Entry> rows = new ArrayList<>();
        rows.add(new Entry("Reference", s.reference()));
        rows.add(new Entry("Place", s.placeName()));
        rows.add(new Entry("Organisations", String.join(", ", s.organisations())));
        if (s.contact() != null) {
            rows.add(new Entry("Contact", join(s.contact().name(), s.contact().jobTitle(), s.contact().organisation())));
            rows.add(new Entry("Contact’s side", side(s.contact().role())));
        }
        rows.add(new Entry("What they are asking for", s.presentingIssue()));
        rows.add(new Entry("How they heard about us", s.howHeard()));
        rows.add(new Entry("Logged", logged(s, personName)));
        rows.add(new Entry("Stage", s.stage() == null ? null : s.stage().label()));
        rows.add(new Entry("Status", s.status() == null ? null : s.status().label()));
        return new Section("first-contact", "First contact", rows, null);
    }

    static Section fit(EngagementSummary.Fit fit) {
        if (fit == null) {
            return new Section("fit", "Fit with the remit", List.of(), "Not assessed yet.");
        }
        List<Entry> rows = new ArrayList<>();
        rows.add(new Entry("Top political and managerial team involved", GovukFormats.yesNo(fit.topTeamInvolved())));
        rows.add(new Entry("Place-based", GovukFormats.yesNo(fit.placeBased())));
        rows.add(new Entry("Capacity to take it on", GovukFormats.yesNo(fit.capacityAvailable())));
        rows.add(new Entry("Funding available", GovukFormats.yesNo(fit.fundingAvailable())));
        if (fit.notes() != null && !fit.notes().isBlank()) {
            rows.add(new Entry("Notes", fit.notes()));
        }
        if (fit.recommendation() != null) {
            rows.add(new Entry("Rule’s recommendation", decision(fit.recommendation())
                    + (fit.recommendationReason() == null ? "" : ": " + fit.recommendationReason())));
        }
        if (fit.decision() != null) {
            rows.add(new Entry("Decision", decision(fit.decision())));
        }
        if (fit.overridden()) {
            rows.add(new Entry("Reason for overriding the rule", fit.overrideReason()));
        }
        if (fit.decision() == FitDecision.REFER_ELSEWHERE) {
            rows.add(new Entry("Referred to", fit.referredTo()));
        }
        return new Section("fit", "Fit with the remit", rows, null);
    }

    static Section sponsors(EngagementSummary s) {
        List<Entry> rows = List.of(
                new Entry("Political sponsor", sponsor(s.politicalSponsor())),
                new Entry("Managerial sponsor", sponsor(s.managerialSponsor())));
        return new Section("sponsors", "Sponsors", rows, null);
    }

    static Section agreement(EngagementSummary s, Function<String, String> personName) {
        EngagementSummary.Agreement a = s.agreement();
        if (a == null) {
            return new Section("agreement", "Agreement", List.of(), "Not drafted yet.");
        }
        List<Entry> rows = new ArrayList<>();
        rows.add(new Entry("Ambition", a.ambition()));
        rows.add(new Entry("Timeline", a.timeline()));
        rows.add(new Entry("Funding source", a.fundingSource()));
        rows.add(new Entry("Enabler days", a.enablerDays() == null ? null : String.valueOf(a.enablerDays())));
        rows.add(new Entry("Budget", GovukFormats.money(a.budget())));
        rows.add(new Entry("Political sponsor signed off", GovukFormats.date(a.politicalSignOff())));
        rows.add(new Entry("Managerial sponsor signed off", GovukFormats.date(a.managerialSignOff())));
        rows.add(new Entry("Approval", approval(a, personName)));
        return new Section("agreement", "Agreement", rows, null);
    }

    static Section team(EngagementSummary.Team team, Function<String, String> personName) {
        if (team == null) {
            return new Section("team", "Team", List.of(), "Not assigned yet.");
        }
        List<String> enablers = team.enablers().stream().map(personName).toList();
        return new Section("team", "Team", List.of(
                new Entry("Engagement lead", team.lead() == null ? null : personName.apply(team.lead())),
                new Entry("Enablers", enablers.isEmpty() ? "None" : String.join(", ", enablers))), null);
    }

    private static String approval(EngagementSummary.Agreement a, Function<String, String> personName) {
        if (a.approved() == null) {
            return "Waiting for a manager to approve it";
        }
        String by = a.decidedBy() == null ? "" : " by " + personName.apply(a.decidedBy());
        if (a.approved()) {
            return "Approved" + by;
        }
        return "Returned" + by + (a.returnReason() == null || a.returnReason().isBlank() ? "" : ": " + a.returnReason());
    }

    private static String logged(EngagementSummary s, Function<String, String> personName) {
        String when = GovukFormats.dateTime(s.openedAt());
        if (when == null) {
            return null;
        }
        return s.openedBy() == null ? when : when + " by " + personName.apply(s.openedBy());
    }

    private static String sponsor(SponsorDetails sponsor) {
        return sponsor == null ? "Not named yet" : join(sponsor.name(), sponsor.jobTitle(), sponsor.organisation());
    }

    static String side(LeaderRole role) {
        if (role == null) {
            return null;
        }
        return role == LeaderRole.POLITICAL ? "Political leader" : "Managerial leader";
    }

    static String decision(FitDecision decision) {
        return decision == FitDecision.ACCEPT ? "Take it on" : "Refer elsewhere";
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(", ", present);
    }
}
