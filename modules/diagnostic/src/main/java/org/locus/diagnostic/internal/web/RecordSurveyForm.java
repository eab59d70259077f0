package org.locus.diagnostic.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.SurveyDone;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.diagnostic.api.SurveyStatement;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Record the team survey" ({@code diagnostic/forms/record-survey.xhtml}): the lead enters each
 * participant's response (a rating of each statement, and what they wrote) on its own, sees the
 * averages so far, and finishes when every response is in.
 */
@Named
@ViewScoped
public class RecordSurveyForm extends DiagnosticForm {

    private static final long serialVersionUID = 1L;

    private Integer topTeamsWorkTogether;
    private Integer talkAboutPolitics;
    private Integer leadThePlace;
    private Integer partnersWorkTogether;
    private Integer sharedStory;
    private String comment;

    /** For the CDI proxy only. */
    protected RecordSurveyForm() {
        this(null, null);
    }

    @Inject
    RecordSurveyForm(TaskFormKit kit, DiagnosticService diagnostic) {
        super(kit, diagnostic);
    }

    @Override
    public UserTaskKey task() {
        return DiagnosticProcess.SURVEY;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("topTeamsWorkTogether", "talkAboutPolitics", "leadThePlace", "partnersWorkTogether",
                "sharedStory", "comment");
    }

    public String save() {
        SurveyResponse response = new SurveyResponse(topTeamsWorkTogether, talkAboutPolitics, leadThePlace,
                partnersWorkTogether, sharedStory, comment);
        if (!send(response, command -> diagnostic.recordSurveyResponse(taskId(), command))) {
            return null;
        }
        return stayOnTask("Response saved. Record the next one, or finish when you have recorded them all.");
    }

    public String finish() {
        if (!send(new SurveyDone(List.of()), done -> diagnostic.finishSurvey(taskId(), done))) {
            return null;
        }
        return doneWith("Team survey recorded for " + placeName());
    }

    /** 1 to 5, the ends in words. */
    public Map<String, Object> getRatingChoices() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("1 Strongly disagree", 1);
        items.put("2", 2);
        items.put("3", 3);
        items.put("4", 4);
        items.put("5 Strongly agree", 5);
        return items;
    }

    /** The statement the survey asks about, by the field that rates it. */
    public Map<String, String> getStatements() {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("topTeamsWorkTogether", SurveyStatement.TOP_TEAMS_WORK_TOGETHER.text());
        statements.put("talkAboutPolitics", SurveyStatement.TALK_ABOUT_POLITICS.text());
        statements.put("leadThePlace", SurveyStatement.LEAD_THE_PLACE.text());
        statements.put("partnersWorkTogether", SurveyStatement.PARTNERS_WORK_TOGETHER.text());
        statements.put("sharedStory", SurveyStatement.SHARED_STORY.text());
        return statements;
    }

    public int getResponses() {
        DiagnosticSummary summary = summary();
        return summary == null || summary.survey() == null ? 0 : summary.survey().responses();
    }

    /** Each statement's average so far: statement, average. */
    public List<EntryRow> getAverages() {
        DiagnosticSummary summary = summary();
        if (summary == null || summary.survey() == null) {
            return List.of();
        }
        return summary.survey().averages().stream()
                .map(average -> EntryRow.of(average.text(), average.average().toPlainString()))
                .toList();
    }

    public Integer getTopTeamsWorkTogether() {
        return topTeamsWorkTogether;
    }

    public void setTopTeamsWorkTogether(Integer topTeamsWorkTogether) {
        this.topTeamsWorkTogether = topTeamsWorkTogether;
    }

    public Integer getTalkAboutPolitics() {
        return talkAboutPolitics;
    }

    public void setTalkAboutPolitics(Integer talkAboutPolitics) {
        this.talkAboutPolitics = talkAboutPolitics;
    }

    public Integer getLeadThePlace() {
        return leadThePlace;
    }

    public void setLeadThePlace(Integer leadThePlace) {
        this.leadThePlace = leadThePlace;
    }

    public Integer getPartnersWorkTogether() {
        return partnersWorkTogether;
    }

    public void setPartnersWorkTogether(Integer partnersWorkTogether) {
        this.partnersWorkTogether = partnersWorkTogether;
    }

    public Integer getSharedStory() {
        return sharedStory;
    }

    public void setSharedStory(Integer sharedStory) {
        this.sharedStory = sharedStory;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
