package org.locus.diagnostic.api;

import java.util.Map;
import java.util.EnumMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One participant's answers to the team survey: their agreement with each {@link SurveyStatement}
 * from 1 (strongly disagree) to 5 (strongly agree), and what they wrote.
 */
@Schema(name = "SurveyResponse", description = "One participant's answers to the team survey: agreement from 1 (strongly disagree) to 5 (strongly agree) with each statement, and what they wrote",
        requiredProperties = {"topTeamsWorkTogether", "talkAboutPolitics", "leadThePlace", "partnersWorkTogether", "sharedStory"})
public record SurveyResponse(
        @Schema(description = "\u201cThe political and managerial top teams work well together.\u201d", minimum = "1", maximum = "5", example = "2")
        @NotNull(message = "Select how far they agree that the top teams work well together")
        @Min(value = 1, message = "Ratings are from 1 to 5") @Max(value = 5, message = "Ratings are from 1 to 5") Integer topTeamsWorkTogether,
        @Schema(description = "\u201cWe make the space to talk about our politics.\u201d", minimum = "1", maximum = "5", example = "1")
        @NotNull(message = "Select how far they agree that you make the space to talk about your politics")
        @Min(value = 1, message = "Ratings are from 1 to 5") @Max(value = 5, message = "Ratings are from 1 to 5") Integer talkAboutPolitics,
        @Schema(description = "\u201cWe lead the place, not just our own organisation.\u201d", minimum = "1", maximum = "5", example = "3")
        @NotNull(message = "Select how far they agree that you lead the place")
        @Min(value = 1, message = "Ratings are from 1 to 5") @Max(value = 5, message = "Ratings are from 1 to 5") Integer leadThePlace,
        @Schema(description = "\u201cPartners across the place work together for its citizens.\u201d", minimum = "1", maximum = "5", example = "4")
        @NotNull(message = "Select how far they agree that partners work together")
        @Min(value = 1, message = "Ratings are from 1 to 5") @Max(value = 5, message = "Ratings are from 1 to 5") Integer partnersWorkTogether,
        @Schema(description = "\u201cWe tell a shared story about the place and where it is going.\u201d", minimum = "1", maximum = "5", example = "2")
        @NotNull(message = "Select how far they agree that you tell a shared story")
        @Min(value = 1, message = "Ratings are from 1 to 5") @Max(value = 5, message = "Ratings are from 1 to 5") Integer sharedStory,
        @Schema(description = "What the participant wrote, if anything", maxLength = 4000, nullable = true, example = "We rarely talk about the politics until it is too late.")
        @Size(max = 4000, message = "What they wrote must be 4000 characters or fewer") String comment) {

    /** The ratings by statement, in the survey's order. */
    public Map<SurveyStatement, Integer> ratings() {
        Map<SurveyStatement, Integer> ratings = new EnumMap<>(SurveyStatement.class);
        ratings.put(SurveyStatement.TOP_TEAMS_WORK_TOGETHER, topTeamsWorkTogether);
        ratings.put(SurveyStatement.TALK_ABOUT_POLITICS, talkAboutPolitics);
        ratings.put(SurveyStatement.LEAD_THE_PLACE, leadThePlace);
        ratings.put(SurveyStatement.PARTNERS_WORK_TOGETHER, partnersWorkTogether);
        ratings.put(SurveyStatement.SHARED_STORY, sharedStory);
        return ratings;
    }
}
