package org.locus.diagnostic.internal.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.FindingEntry;
import org.locus.diagnostic.api.FindingTag;
import org.locus.diagnostic.api.FindingWithdrawal;
import org.locus.diagnostic.api.FindingsDone;
import org.locus.diagnostic.api.PlaybackView;
import org.locus.diagnostic.api.ThemeFindings;
import org.locus.diagnostic.internal.process.DiagnosticProcess;
import org.locus.platform.api.web.Choices;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Synthesise the findings" ({@code diagnostic/forms/synthesise-findings.xhtml}): the lead saves each
 * finding on its own, with its tag and perhaps a theme (the themes used so far are offered), sees the
 * findings so far by theme and, after a playback sent them back, what to revise; then finishes.
 */
@Named
@ViewScoped
public class SynthesiseFindingsForm extends DiagnosticForm {

    private static final long serialVersionUID = 1L;

    private String text;
    private FindingTag tag;
    private String theme;

    /** For the CDI proxy only. */
    protected SynthesiseFindingsForm() {
        this(null, null);
    }

    @Inject
    SynthesiseFindingsForm(TaskFormKit kit, DiagnosticService diagnostic) {
        super(kit, diagnostic);
    }

    @Override
    public UserTaskKey task() {
        return DiagnosticProcess.FINDINGS;
    }

    @Override
    public Map<String, String> fieldComponents() {
        return sameNames("text", "tag", "theme");
    }

    public String save() {
        if (!send(new FindingEntry(text, tag, theme), finding -> diagnostic.recordFinding(taskId(), finding))) {
            return null;
        }
        return stayWith("Finding saved. Record the next one, or finish when the findings are ready to play back.");
    }

    /** Withdraws a finding a revision replaces, and opens the task again without it. */
    public String withdraw(String findingId) {
        if (!send(new FindingWithdrawal(findingId), withdrawal -> diagnostic.withdrawFinding(taskId(), withdrawal))) {
            return null;
        }
        return stayWith("Finding withdrawn. It stays in the record, and is not played back again.");
    }

    public String finish() {
        if (!send(new FindingsDone(List.of(), List.of()), done -> diagnostic.finishFindings(taskId(), done))) {
            return null;
        }
        return doneWith("Findings ready to play back for " + placeName());
    }

    public Map<String, Object> getTagChoices() {
        return Choices.of(tagChoice -> tagChoice.label() + ": " + tagChoice.hint().toLowerCase(Locale.ROOT),
                FindingTag.values());
    }

    /** Themes used so far, offered as the theme is typed. */
    public Set<String> getThemesSoFar() {
        Set<String> themes = new LinkedHashSet<>();
        getThemes().stream().map(ThemeFindings::theme).filter(name -> name != null).forEach(themes::add);
        return themes;
    }

    /** What the participants asked to revise at the last playback, when they sent the findings back; else null. */
    public String getRevisions() {
        DiagnosticSummary summary = summary();
        if (summary == null || summary.playbacks().isEmpty()) {
            return null;
        }
        PlaybackView last = summary.playbacks().get(summary.playbacks().size() - 1);
        return last.validated() ? null : last.revisions();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public FindingTag getTag() {
        return tag;
    }

    public void setTag(FindingTag tag) {
        this.tag = tag;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
