package org.locus.web.diagram;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.locus.platform.api.diagram.DiagramActivity;
import org.locus.platform.api.diagram.EngagementProgress;
import org.locus.platform.api.diagram.ProcessDiagrams;
import org.locus.platform.api.diagram.ProcessInstanceProgress;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.security.PeopleDirectory;

/**
 * One engagement on its map ({@code /manage/engagement.xhtml?id=...&stage=...}): the map, or the stage chosen
 * (a call activity of the map), drawn by bpmn-js with the script keeping its markers live; beside it the stages
 * or the stage's tasks in words, and the engagement's task timeline. Read-only; an unknown id or stage is a 404.
 */
@Named("engagementMap")
@RequestScoped
public class EngagementMapPage {

    private final ProcessDiagrams diagrams;
    private final EngagementDirectory engagements;
    private final PeopleDirectory people;

    private String id;
    private String stage;
    private EngagementHeadline headline;
    private EngagementProgress progress;
    private String stageName;
    private ProcessInstanceProgress shown;
    private List<ActivityState> stages = List.of();
    private List<ActivityState> steps = List.of();
    private List<TimelineRow> timeline = List.of();

    /** For the CDI proxy only. */
    protected EngagementMapPage() {
        this(null, null, null);
    }

    @Inject
    EngagementMapPage(ProcessDiagrams diagrams, EngagementDirectory engagements, PeopleDirectory people) {
        this.diagrams = diagrams;
        this.engagements = engagements;
        this.people = people;
    }

    public void load() throws IOException {
        headline = id == null || id.isBlank() ? null : engagements.headline(id.strip()).orElse(null);
        if (headline == null) {
            notFound();
            return;
        }
        progress = diagrams.progress(headline.engagementId()).orElse(null);
        timeline = diagrams.timeline(headline.engagementId()).stream().map(event -> TimelineRow.of(event, this::personName)).toList();
        if (progress == null) {
            if (stage != null && !stage.isBlank()) {
                notFound();
            }
            return;
        }
        List<DiagramActivity> mapActivities = diagrams.activities(progress.map().definitionId());
        stages = ActivityState.of(mapActivities, progress.map(), activity -> activity.calledProcess() != null);
        if (stage == null || stage.isBlank()) {
            shown = progress.map();
            return;
        }
        Optional<DiagramActivity> callActivity = mapActivities.stream()
                .filter(activity -> activity.id().equals(stage) && activity.calledProcess() != null).findFirst();
        if (callActivity.isEmpty()) {
            notFound();
            return;
        }
        stageName = callActivity.get().label();
        shown = progress.stageCalledBy(stage).orElse(null);
        if (shown != null) {
            steps = ActivityState.of(diagrams.activities(shown.definitionId()), shown, ActivityState::isStep);
        }
    }

    private static void notFound() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "There is no such engagement or stage");
        context.responseComplete();
    }

    private String personName(String userId) {
        return people.find(userId).map(person -> person.displayName() + " (" + person.id() + ")").orElse(userId);
    }

    /** Whether a stage is chosen (the page shows the stage's diagram rather than the map). */
    public boolean isStageView() {
        return stageName != null;
    }

    /** Whether a stage has an instance to link to. */
    public boolean entered(String callActivityId) {
        return progress != null && progress.stageCalledBy(callActivityId).isPresent();
    }

    /** The activities waiting now in the diagram shown, by name. */
    public List<ActivityState> getCurrent() {
        return (isStageView() ? steps : stages).stream().filter(step -> step.state() == ActivityState.State.CURRENT).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public EngagementHeadline getHeadline() {
        return headline;
    }

    public EngagementProgress getProgress() {
        return progress;
    }

    public String getStageName() {
        return stageName;
    }

    /** The instance whose diagram is drawn; null when the chosen stage was not reached. */
    public ProcessInstanceProgress getShown() {
        return shown;
    }

    public List<ActivityState> getStages() {
        return stages;
    }

    public List<ActivityState> getSteps() {
        return steps;
    }

    public List<TimelineRow> getTimeline() {
        return timeline;
    }
}
