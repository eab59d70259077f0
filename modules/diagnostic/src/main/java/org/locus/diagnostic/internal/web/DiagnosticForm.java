package org.locus.diagnostic.internal.web;

import java.util.List;


import org.locus.diagnostic.api.DiagnosticService;
import org.locus.diagnostic.api.DiagnosticSummary;
import org.locus.diagnostic.api.ThemeFindings;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;

/**
 * What the diagnostic's forms share: the diagnostic so far, its findings by theme, for the forms that record entries one at a time.
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

    /** The findings so far, by theme. */
    public List<ThemeFindings> getThemes() {
        DiagnosticSummary current = summary();
        return current == null ? List.of() : current.findingsByTheme();
    }
}
