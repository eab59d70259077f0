package org.locus.diagnostic.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.InterviewEntry;
import org.locus.diagnostic.api.InterviewKind;
import org.locus.diagnostic.api.InterviewView;
import org.locus.diagnostic.api.InterviewsDone;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.diagnostic.internal.process.EngagementTeam;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.web.Choices;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;
import org.locus.platform.api.workflow.WorkTask;

/**
 * "Record your interviews and observations" ({@code diagnostic/forms/record-interviews.xhtml}): an
 * interviewer saves each interview or observation on its own (the page opens again, empty, with the
 * entry in the table of those saved so far) and finishes when done.
 */
@Named
@ViewScoped
public class RecordInterviewsForm extends DiagnosticForm {

    private static final long serialVersionUID = 1L;

    private final EngagementTeam team;
    private final PeopleDirectory people;
    private final Caller caller;

    private InterviewKind kind;
    private LocalDate heldOn;
    private LocalDate heldUntil;
    private String interviewer;
    private TickedParticipants participants = new TickedParticipants();
    private String notes;

    /** For the CDI proxy only. */
    protected RecordInterviewsForm() {
        this(null, null, null, null, null);
    }

    @Inject
    RecordInterviewsForm(TaskFormKit kit, DiagnosticService diagnostic, EngagementTeam team, PeopleDirectory people,
                         Caller caller) {
        super(kit, diagnostic);
        this.team = team;
        this.people = people;
        this.caller = caller;
    }

    @Override
    public UserTaskKey task() {
        return DiagnosticProcess.INTERVIEWS;
    }

    @Override
    public Map<String, String> fieldComponents() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("kind", "kind");
        components.put("heldOn", "heldOn");
        components.put("heldUntil", "heldUntil");
        components.put("interviewer", "interviewer");
        components.put("participants", TickedParticipants.componentFor(planned()));
        components.put("notes", "notes");
        return components;
    }

    /** Whoever opens the task most likely held the interview. */
    @Override
    protected void prefill(WorkTask openTask, EngagementHeadline engagement) {
        interviewer = caller.current().id();
    }

    public String save() {
        InterviewEntry entry = new InterviewEntry(kind, heldOn, heldUntil, interviewer,
                participants.names(), notes);
        if (!send(entry, command -> diagnostic.recordInterview(taskId(), command))) {
            return null;
        }
        return stayOnTask((kind == null ? "Entry" : kind.label()) + " of " + GovukFormats.date(heldOn)
                + " saved. Record the next one, or finish when you have recorded them all.");
    }

    public String finish() {
        if (!send(new InterviewsDone(List.of()), done -> diagnostic.finishInterviews(taskId(), done))) {
            return null;
        }
        return doneWith("Your interviews and observations are recorded for " + placeName());
    }

    public Map<String, Object> getKindChoices() {
        return Choices.of(InterviewKind::label, InterviewKind.values());
    }

    /** The lead and the enablers, by name. */
    public Map<String, Object> getInterviewerChoices() {
        Map<String, Object> items = new LinkedHashMap<>();
        if (engagementId() != null) {
            for (String member : team.members(engagementId())) {
                items.put(nameOf(member), member);
            }
        }
        return items;
    }

    public TickedParticipants getParticipants() {
        return participants;
    }

    public void setParticipants(TickedParticipants participants) {
        this.participants = participants;
    }

    public Map<String, Object> getPoliticalChoices() {
        return TickedParticipants.choicesOf(planned(), ParticipantGroup.POLITICAL);
    }

    public Map<String, Object> getManagerialChoices() {
        return TickedParticipants.choicesOf(planned(), ParticipantGroup.MANAGERIAL);
    }

    public Map<String, Object> getPartnerChoices() {
        return TickedParticipants.choicesOf(planned(), ParticipantGroup.PARTNER);
    }

    /** Every interview and observation of the engagement so far, whoever recorded it: date, kind, held by, with, notes. */
    public List<EntryRow> getInterviews() {
        DiagnosticSummary summary = summary();
        if (summary == null) {
            return List.of();
        }
        List<EntryRow> rows = new ArrayList<>();
        for (InterviewView interview : summary.interviews()) {
            String when = interview.heldUntil() == null ? GovukFormats.date(interview.heldOn())
                    : GovukFormats.date(interview.heldOn()) + " to " + GovukFormats.date(interview.heldUntil());
            rows.add(EntryRow.of(when, interview.kind().label(), nameOf(interview.interviewer()),
                    String.join(", ", interview.participants()), interview.notes()));
        }
        return rows;
    }

    private List<Participant> planned() {
        DiagnosticSummary summary = summary();
        return summary == null || summary.plan() == null ? List.of() : summary.plan().participants();
    }

    private String nameOf(String userId) {
        return people.find(userId).map(Person::displayName).orElse(userId);
    }

    public InterviewKind getKind() {
        return kind;
    }

    public void setKind(InterviewKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getHeldUntil() {
        return heldUntil;
    }

    public void setHeldUntil(LocalDate heldUntil) {
        this.heldUntil = heldUntil;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
