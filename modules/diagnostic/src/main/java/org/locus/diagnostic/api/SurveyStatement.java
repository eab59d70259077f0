package org.locus.diagnostic.api;

/**
 * The statements of the team survey, in the centre's own words; each participant rates their
 * agreement from 1 (strongly disagree) to 5 (strongly agree). The order is the survey's.
 */
public enum SurveyStatement {
    TOP_TEAMS_WORK_TOGETHER("The political and managerial top teams work well together."),
    TALK_ABOUT_POLITICS("We make the space to talk about our politics."),
    LEAD_THE_PLACE("We lead the place, not just our own organisation."),
    PARTNERS_WORK_TOGETHER("Partners across the place work together for its citizens."),
    SHARED_STORY("We tell a shared story about the place and where it is going.");

    private final String text;

    SurveyStatement(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
