package org.locus.diagnostic.internal.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.PlaybackDecision;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Play the findings back" ({@code diagnostic/forms/play-back-findings.xhtml}): the findings by theme
 * and every earlier playback above; the lead records the date and whether the participants validated
 * the findings or sent them back, and what to revise.
 */
@Named
@ViewScoped
public class PlayBackFindingsForm extends DiagnosticForm {

    private static final long serialVersionUID = 1L;

    private LocalDate playedBackOn;
    private Boolean validated;
    private String revisions;

    /** For the CDI proxy only. */
    protected PlayBackFindingsForm() {
        this(null, null);
    }

    @Inject
    PlayBackFindingsForm(TaskFormKit kit, DiagnosticService diagnostic) {
        super(kit, diagnostic);
    }

    @Override
    public UserTaskKey task() {
        return DiagnosticProcess.PLAYBACK;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("playedBackOn", "validated", "revisions");
    }

    public String submit() {
        if (!send(new PlaybackDecision(playedBackOn, validated, revisions), playback -> diagnostic.playBack(taskId(), playback))) {
            return null;
        }
        return doneWith(Boolean.TRUE.equals(validated)
                ? "Findings validated for " + placeName() + ": the diagnostic is complete"
                : "Findings sent back for revision for " + placeName() + ": they are with you to revise");
    }

    public Map<String, Object> getValidatedChoices() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("They validated the findings", Boolean.TRUE);
        items.put("They sent the findings back to be revised", Boolean.FALSE);
        return items;
    }

    /** Earlier playbacks: date, outcome, what to revise. */
    public List<EntryRow> getPlaybacks() {
        DiagnosticSummary summary = summary();
        if (summary == null) {
            return List.of();
        }
        return summary.playbacks().stream().map(playback -> EntryRow.of(GovukFormats.date(playback.playedBackOn()),
                playback.validated() ? "Validated" : "Sent back", playback.revisions() == null ? "" : playback.revisions()))
                .toList();
    }

    public LocalDate getPlayedBackOn() {
        return playedBackOn;
    }

    public void setPlayedBackOn(LocalDate playedBackOn) {
        this.playedBackOn = playedBackOn;
    }

    public Boolean getValidated() {
        return validated;
    }

    public void setValidated(Boolean validated) {
        this.validated = validated;
    }

    public String getRevisions() {
        return revisions;
    }

    public void setRevisions(String revisions) {
        this.revisions = revisions;
    }
}
