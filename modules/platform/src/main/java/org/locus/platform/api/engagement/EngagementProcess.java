package org.locus.platform.api.engagement;

/**
 * The names every stage shares with the map ({@code bpmn/engagement.bpmn}): the map's process id,
 * and the variable each stage's own process receives from it. The business key of the map and of
 * every stage's process is the engagement's id.
 */
public final class EngagementProcess {

    /** The map's process id. */
    public static final String KEY = "engagement";

    /** The engagement's id, set when the map starts and passed down to every stage's process. */
    public static final String ENGAGEMENT_ID = "engagementId";

    /**
     * The name of the extension property ({@code camunda:property}) by which a call activity of the
     * map says which stage it enters, such as {@code DIAGNOSTIC}.
     */
    public static final String STAGE_PROPERTY = "stage";

    /** The extension property by which an end event of the map says how the engagement ended, such as {@code COMPLETED}. */
    public static final String STATUS_PROPERTY = "status";

    private EngagementProcess() {
    }
}
