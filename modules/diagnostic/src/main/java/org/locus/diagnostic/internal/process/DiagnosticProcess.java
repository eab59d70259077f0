package org.locus.diagnostic.internal.process;

import java.util.Map;

import org.locus.platform.api.workflow.UserTaskKey;

/**
 * The diagnostic's process ({@code bpmn/diagnostic.bpmn}): its id, its user tasks and their names,
 * and the variables it shares with the diagram. Variables hold small facts, never entities.
 */
public final class DiagnosticProcess {

    /** The process id; the map's call activity {@code diagnostic} calls it with the engagement's id as business key. */
    public static final String KEY = "diagnostic";

    public static final String PLAN_INTERVIEWS = "planInterviews";
    public static final String RECORD_INTERVIEWS = "recordInterviews";
    public static final String RECORD_SURVEY = "recordSurvey";
    public static final String SYNTHESISE_FINDINGS = "synthesiseFindings";
    public static final String PLAY_BACK_FINDINGS = "playBackFindings";

    public static final UserTaskKey PLAN = new UserTaskKey(KEY, PLAN_INTERVIEWS);
    public static final UserTaskKey INTERVIEWS = new UserTaskKey(KEY, RECORD_INTERVIEWS);
    public static final UserTaskKey SURVEY = new UserTaskKey(KEY, RECORD_SURVEY);
    public static final UserTaskKey FINDINGS = new UserTaskKey(KEY, SYNTHESISE_FINDINGS);
    public static final UserTaskKey PLAYBACK = new UserTaskKey(KEY, PLAY_BACK_FINDINGS);

    /** The diagnostic's user tasks and their names in the diagram. */
    public static final Map<String, String> TASKS = Map.of(
            PLAN_INTERVIEWS, "Plan the interviews",
            RECORD_INTERVIEWS, "Record your interviews and observations",
            RECORD_SURVEY, "Record the team survey",
            SYNTHESISE_FINDINGS, "Synthesise the findings",
            PLAY_BACK_FINDINGS, "Play the findings back");

    /** Set by "Plan the interviews"; the gateway {@code surveyDecided} reads it. */
    public static final String SURVEY_RUN = "surveyRun";

    /** Set by "Play the findings back"; the gateway {@code findingsDecided} reads it. */
    public static final String FINDINGS_VALIDATED = "findingsValidated";

    /** Local to each instance of "Record your interviews and observations": the user id it is assigned to. */
    public static final String INTERVIEWER = "interviewer";

    /** The name by which the diagram calls {@link EngagementTeam}. */
    public static final String ENGAGEMENT_TEAM = "engagementTeam";

    private DiagnosticProcess() {
    }
}
