package org.locus.diagnostic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locus.platform.api.text.Names;
import org.locus.diagnostic.api.FindingEntry;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.PlanBalance;
import org.locus.diagnostic.api.PlanView;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.diagnostic.api.SurveyResponse;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.record.Recorded;

/**
 * The diagnostic of one engagement, "start with what is".
 *
 * <p>Life cycle: the lead plans the interviews (participants from the place's leaders, balanced across
 * the political and managerial top teams and partners; a plan without either top team is flagged) and
 * decides whether to run the team survey. The team then records interviews and observations with the
 * plan's participants, and the lead the survey's responses; the lead synthesises tagged findings and
 * plays them back to the participants, who validate them or send them back to be revised. Every
 * playback is kept.
 *
 * <p>The process ({@code bpmn/diagnostic.bpmn}) decides which step comes next; this class keeps each
 * step's own rules, so they hold whichever way the step is reached (form, API, test). Interviews,
 * responses and findings are rows of their own ({@link Interview}, {@link SurveyReply}, {@link Finding})
 * that this class makes once it has checked them.
 */
@Entity
@Table(name = "diagnostic_engagement")
public class Diagnostic {

    @Id
    @Column(name = "engagement_id", length = 36)
    private String engagementId;

    @Column(name = "survey_run")
    private Boolean surveyRun;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "planned_by", length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "planned_at"))
    private Recorded planned;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diagnostic_participant", joinColumns = @JoinColumn(name = "engagement_id"))
    @OrderColumn(name = "list_index")
    private List<PlannedParticipant> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diagnostic_playback", joinColumns = @JoinColumn(name = "engagement_id"))
    @OrderColumn(name = "list_index")
    private List<Playback> playbacks = new ArrayList<>();

    // Two people (or two nodes) changing the plan or the playbacks at once: the second is told, not silently overwritten.
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Diagnostic() {
    }

    /** Begins the diagnostic of an engagement, with nothing planned yet. */
    public Diagnostic(String engagementId) {
        if (Names.isBlank(engagementId)) {
            throw new IllegalArgumentException("A diagnostic belongs to an engagement");
        }
        this.engagementId = engagementId;
    }

    /**
     * Plans the interviews with these leaders of the place (each once) and decides on the survey.
     * A plan missing either top team is allowed, and flagged by its {@link #balance()}.
     *
     * @throws InvalidRequestException if nobody is chosen
     */
    public void plan(List<Participant> chosen, boolean runSurvey, Recorded recorded) {
        if (chosen.isEmpty()) {
            throw new InvalidRequestException("participants", "Select at least one participant");
        }
        Map<String, PlannedParticipant> distinct = new LinkedHashMap<>();
        chosen.forEach(leader -> distinct.putIfAbsent(Names.keyOf(leader.name()), new PlannedParticipant(leader)));
        participants.clear();
        participants.addAll(distinct.values());
        this.surveyRun = runSurvey;
        this.planned = recorded;
    }

    public boolean isPlanned() {
        return planned != null;
    }

    /** How many participants speak for each group, and the flags for a missing top team. */
    public PlanBalance balance() {
        Map<ParticipantGroup, Integer> counts = new EnumMap<>(ParticipantGroup.class);
        participants.forEach(participant -> counts.merge(participant.group(), 1, Integer::sum));
        return PlanBalance.of(counts.getOrDefault(ParticipantGroup.POLITICAL, 0),
                counts.getOrDefault(ParticipantGroup.MANAGERIAL, 0), counts.getOrDefault(ParticipantGroup.PARTNER, 0));
    }

    /**
     * Checks an interview or observation against the plan and the team, and makes it.
     *
     * @param team  the user ids of the engagement's lead and enablers
     * @param today the day it is where the people who held it are
     * @throws InvalidRequestException naming every field that is wrong: a date in the future or out of order,
     *                                 an interviewer not on the team, a participant not in the plan
     * @throws ConflictException       before the interviews are planned
     */
    public Interview recordInterview(InterviewEntry entry, Collection<String> team, LocalDate today, Recorded recorded) {
        requirePlanned();
        Map<String, String> errors = new LinkedHashMap<>();
        if (entry.heldOn().isAfter(today)) {
            errors.put("heldOn", "The date it was held must be today or in the past");
        }
        if (entry.heldUntil() != null) {
            if (entry.kind() == InterviewKind.INTERVIEW && !entry.heldUntil().equals(entry.heldOn())) {
                errors.put("heldUntil", "An interview is held on one day: leave the last day empty");
            } else if (entry.heldUntil().isBefore(entry.heldOn())) {
                errors.put("heldUntil", "The last day must be the same as or after the day it began");
            } else if (entry.heldUntil().isAfter(today)) {
                errors.put("heldUntil", "The last day must be today or in the past");
            }
        }
        if (!team.contains(entry.interviewer())) {
            errors.put("interviewer", "Select who held it from the engagement's team");
        }
        List<String> named = new ArrayList<>();
        List<String> notPlanned = new ArrayList<>();
        for (String name : entry.participants()) {
            participants.stream().filter(participant -> participant.isNamed(name)).findFirst().ifPresentOrElse(
                    participant -> {
                        if (!named.contains(participant.name())) {
                            named.add(participant.name());
                        }
                    },
                    () -> notPlanned.add(Names.tidy(name)));
        }
        if (!notPlanned.isEmpty()) {
            errors.put("participants", "Select participants from the interview plan (" + String.join(", ", notPlanned)
                    + (notPlanned.size() == 1 ? " is" : " are") + " not in it)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        LocalDate until = entry.heldUntil() == null || entry.heldUntil().equals(entry.heldOn()) ? null : entry.heldUntil();
        return new Interview(engagementId, entry.kind(), entry.heldOn(), until, entry.interviewer(), named,
                entry.notes(), recorded);
    }

    /**
     * @throws ConflictException if the lead decided not to run the survey, or before the plan
     */
    public SurveyReply recordSurveyResponse(SurveyResponse response, Recorded recorded) {
        requirePlanned();
        if (!Boolean.TRUE.equals(surveyRun)) {
            throw new ConflictException("The interview plan does not run the team survey, so there are no responses to record.");
        }
        return new SurveyReply(engagementId, response, recorded);
    }

    /**
     * Makes the finding numbered after those recorded so far.
     *
     * @throws InvalidRequestException if it has no text or no tag: every finding has exactly one
     */
    public Finding recordFinding(FindingEntry entry, int findingsSoFar, Recorded recorded) {
        requirePlanned();
        Map<String, String> errors = new LinkedHashMap<>();
        if (Names.isBlank(entry.text())) {
            errors.put("text", "Enter the finding");
        }
        if (entry.tag() == null) {
            errors.put("tag", "Select a tag for the finding");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        return new Finding(engagementId, findingsSoFar + 1, entry.text(), entry.tag(), entry.theme(), recorded);
    }

    /**
     * Keeps a playback of the findings: validated, or sent back with what to revise.
     *
     * @throws InvalidRequestException if sent back without saying what to revise, or dated in the future or before the last playback
     * @throws ConflictException       if there are no findings to play back
     */
    public void playBack(PlaybackDecision decision, int findings, LocalDate today, Recorded recorded) {
        if (findings == 0) {
            throw new ConflictException("There are no findings to play back yet.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (decision.playedBackOn().isAfter(today)) {
            errors.put("playedBackOn", "The date of the playback must be today or in the past");
        } else if (!playbacks.isEmpty() && decision.playedBackOn().isBefore(lastPlayback().playedBackOn())) {
            errors.put("playedBackOn", "The date of the playback must be the same as or after the last one, "
                    + GovukFormats.date(lastPlayback().playedBackOn()));
        }
        if (!decision.validated() && Names.isBlank(decision.revisions())) {
            errors.put("revisions", "Enter what the participants asked to revise");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        playbacks.add(new Playback(decision.playedBackOn(), decision.validated(), decision.revisions(), recorded));
    }

    public String engagementId() {
        return engagementId;
    }

    /** Whether the lead decided to run the team survey; false before the plan. */
    public boolean runsSurvey() {
        return Boolean.TRUE.equals(surveyRun);
    }

    /** The plan, or null before it is made. */
    public PlanView planView() {
        if (!isPlanned()) {
            return null;
        }
        return new PlanView(participants.stream().map(PlannedParticipant::view).toList(), balance(), runsSurvey(),
                planned.by(), planned.at());
    }

    public List<PlaybackView> playbackViews() {
        return playbacks.stream().map(Playback::view).toList();
    }

    private Playback lastPlayback() {
        return playbacks.get(playbacks.size() - 1);
    }

    private void requirePlanned() {
        if (!isPlanned()) {
            throw new ConflictException("Plan the interviews first.");
        }
    }
}
