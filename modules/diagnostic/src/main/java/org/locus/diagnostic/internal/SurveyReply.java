package org.locus.diagnostic.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.platform.api.record.Recorded;

/** One participant's response to the team survey, as the lead recorded it; never changed afterwards. */
@Entity
@Table(name = "diagnostic_survey_response")
@NamedQuery(name = SurveyReply.OF_ENGAGEMENT,
        query = "select r from SurveyReply r where r.engagementId = :engagementId order by r.id")
public class SurveyReply {

    static final String OF_ENGAGEMENT = "SurveyReply.ofEngagement";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "engagement_id", nullable = false, length = 36)
    private String engagementId;

    @Column(name = "top_teams_work_together", nullable = false)
    private int topTeamsWorkTogether;

    @Column(name = "talk_about_politics", nullable = false)
    private int talkAboutPolitics;

    @Column(name = "lead_the_place", nullable = false)
    private int leadThePlace;

    @Column(name = "partners_work_together", nullable = false)
    private int partnersWorkTogether;

    @Column(name = "shared_story", nullable = false)
    private int sharedStory;

    @Column(name = "response_comment", length = 4000)
    private String comment;

    @Embedded
    private Recorded recorded;

    /** For JPA only. */
    protected SurveyReply() {
    }

    SurveyReply(String engagementId, SurveyResponse response, Recorded recorded) {
        this.id = UUID.randomUUID().toString();
        this.engagementId = engagementId;
        this.topTeamsWorkTogether = response.topTeamsWorkTogether();
        this.talkAboutPolitics = response.talkAboutPolitics();
        this.leadThePlace = response.leadThePlace();
        this.partnersWorkTogether = response.partnersWorkTogether();
        this.sharedStory = response.sharedStory();
        this.comment = Names.isBlank(response.comment()) ? null : response.comment().strip();
        this.recorded = recorded;
    }

    SurveyResponse answers() {
        return new SurveyResponse(topTeamsWorkTogether, talkAboutPolitics, leadThePlace, partnersWorkTogether,
                sharedStory, comment);
    }
}
