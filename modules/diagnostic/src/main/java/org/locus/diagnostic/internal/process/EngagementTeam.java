package org.locus.diagnostic.internal.process;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;

/**
 * Who the diagnostic's tasks are for, as the diagram asks ({@code ${engagementTeam.lead(engagementId)}}):
 * the team intake assigned. The diagram asks for the list each time rather than keeping it in a
 * variable, because a list-valued variable needs Java serialisation, which the engine refuses.
 */
@Named(DiagnosticProcess.ENGAGEMENT_TEAM)
@ApplicationScoped
public class EngagementTeam {

    private final IntakeService intake;

    /** For the CDI proxy only. */
    protected EngagementTeam() {
        this(null);
    }

    @Inject
    public EngagementTeam(IntakeService intake) {
        this.intake = intake;
    }

    /** The lead's user id. */
    public String lead(String engagementId) {
        return team(engagementId).lead();
    }

    /**
     * Who gets a task to record interviews: each enabler; the lead, when the engagement has no
     * enablers, so that somebody always holds the interviews.
     */
    public List<String> interviewers(String engagementId) {
        EngagementSummary.Team team = team(engagementId);
        return team.enablers().isEmpty() ? List.of(team.lead()) : team.enablers();
    }

    /** The lead and the enablers: who may have held an interview. */
    public List<String> members(String engagementId) {
        EngagementSummary.Team team = team(engagementId);
        List<String> members = new ArrayList<>();
        members.add(team.lead());
        team.enablers().stream().filter(enabler -> !members.contains(enabler)).forEach(members::add);
        return List.copyOf(members);
    }

    /**
     * @throws IllegalStateException if the engagement has no team: the map starts the diagnostic only once intake assigned one
     */
    private EngagementSummary.Team team(String engagementId) {
        return intake.summary(engagementId).map(EngagementSummary::team)
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId
                        + " has no team: the diagnostic starts only after intake assigned its lead and enablers"));
    }
}
