package org.locus.diagnostic.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the diagnostic knows about one engagement, for its page and the API; parts not reached yet are null or empty. */
@Schema(name = "DiagnosticSummary", description = "Everything the diagnostic knows about one engagement; the plan and survey are left out (null) until there is one",
        requiredProperties = {"engagementId", "interviews", "findingsByTheme", "withdrawnFindings", "playbacks"})
public record DiagnosticSummary(
        @Schema(description = "The engagement's id", example = "fc9e9949-7487-4b76-ac0c-918231628211") String engagementId,
        @Schema(description = "The interview plan, once made", nullable = true) PlanView plan,
        @Schema(description = "Interviews and observations, by the date held") List<InterviewView> interviews,
        @Schema(description = "The team survey, when it is run", nullable = true) SurveySummary survey,
        @Schema(description = "The findings grouped by theme, themes in the order first used, findings without a theme last") List<ThemeFindings> findingsByTheme,
        @Schema(description = "Findings withdrawn in a revision, in the order recorded; kept, never played back again") List<FindingView> withdrawnFindings,
        @Schema(description = "Every playback of the findings, oldest first") List<PlaybackView> playbacks) {

    public DiagnosticSummary {
        interviews = List.copyOf(interviews);
        findingsByTheme = List.copyOf(findingsByTheme);
        withdrawnFindings = List.copyOf(withdrawnFindings);
        playbacks = List.copyOf(playbacks);
    }
}
