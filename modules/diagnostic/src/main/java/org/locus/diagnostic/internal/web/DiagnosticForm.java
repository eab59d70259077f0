package org.locus.diagnostic.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.Participant;
import org.locus.diagnostic.api.ParticipantGroup;
import org.locus.diagnostic.api.ThemeFindings;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;

/**
 * What the diagnostic's forms share: the diagnostic so far, participants as checkboxes grouped by the
 * side they speak for, and "save this entry and stay on the task" for the forms that record entries
 * one at a time.
 */
abstract class DiagnosticForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    protected final DiagnosticService diagnostic;

    /** Read once a request: the record types of the api are not serialisable, and the view state must be. */
    private transient DiagnosticSummary summary;

    protected DiagnosticForm(TaskFormKit kit, DiagnosticService diagnostic) {
        super(kit);
        this.diagnostic = diagnostic;
    }

    /** The diagnostic of the task's engagement, as it is now; null before the form has loaded its task. */
    protected DiagnosticSummary summary() {
        if (summary == null && engagementId() != null) {
            summary = diagnostic.summary(engagementId()).orElse(null);
        }
        return summary;
    }

    /**
     * Back to this same task with a line of confirmation (after an entry is saved): the page opens
     * afresh, with empty fields and the entry in the list of those saved so far.
     */
    protected String stayWith(String confirmation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().put(CONFIRMATION, confirmation);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The findings so far, by theme. */
    public List<ThemeFindings> getThemes() {
        DiagnosticSummary current = summary();
        return current == null ? List.of() : current.findingsByTheme();
    }

    /** The findings of a theme: finding, tag. */
    public List<EntryRow> rowsOf(ThemeFindings theme) {
        return theme.findings().stream().map(finding -> EntryRow.of(finding.text(), finding.tag().label())).toList();
    }

    /** Checkbox items of one group: "Name, job title, organisation" to the name. */
    static Map<String, Object> choicesOf(List<Participant> participants, ParticipantGroup group) {
        Map<String, Object> items = new LinkedHashMap<>();
        participants.stream().filter(participant -> participant.group() == group).forEach(participant ->
                items.put(participant.name() + ", " + participant.jobTitle() + ", " + participant.organisation(),
                        participant.name()));
        return items;
    }

    /** The ticked names of the three groups, political first. */
    static List<String> together(List<String> political, List<String> managerial, List<String> partners) {
        List<String> all = new ArrayList<>();
        for (List<String> group : List.of(political, managerial, partners)) {
            if (group != null) {
                all.addAll(group);
            }
        }
        return all;
    }

    /**
     * The component that shows an error about the participants: the first group offered any, so
     * the message sits on a field that is on the page.
     */
    static String participantsComponent(Map<String, Object> political, Map<String, Object> managerial) {
        if (!political.isEmpty()) {
            return "political";
        }
        return managerial.isEmpty() ? "partners" : "managerial";
    }
}
