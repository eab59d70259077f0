package org.locus.diagnostic.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Plan the interviews": who takes part, and whether the team survey is run. */
@Schema(name = "InterviewPlan", description = "The values of diagnostic/planInterviews, \u201cPlan the interviews\u201d: the participants, chosen from the place's leaders, and whether to run the team survey",
        requiredProperties = {"participants", "surveyRun"})
public record InterviewPlan(
        @Schema(description = "The names of the place's leaders who take part (as GET /api/diagnostics/{engagementId}/leaders offers them); "
                + "each one's group follows from their side and organisation",
                example = "[\"Cllr Ada Hale\", \"Ben Ortiz\", \"Dr Kim Lowe\"]")
        @NotEmpty(message = "Select at least one participant")
        List<@NotBlank(message = "Select participants from the place's leaders") String> participants,
        @Schema(description = "Whether to run the optional team survey", example = "true")
        @NotNull(message = "Select whether to run the team survey") Boolean surveyRun) {

    public InterviewPlan {
        participants = participants == null ? null : List.copyOf(participants);
    }
}
