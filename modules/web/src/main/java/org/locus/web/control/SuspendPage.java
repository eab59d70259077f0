package org.locus.web.control;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.web.FormSubmission;

/** {@code /manage/suspend.xhtml?engagement=}: suspend a running engagement, or resume a suspended one, with a reason. */
@Named("suspend")
@ViewScoped
public class SuspendPage extends EngagementActionPage {

    private static final long serialVersionUID = 1L;

    /** For the CDI proxy only. */
    protected SuspendPage() {
        this(null, null, null);
    }

    @Inject
    SuspendPage(EngagementControl control, EngagementDirectory engagements, FormSubmission submission) {
        super(control, engagements, submission);
    }

    public String send() {
        return isSuspended()
                ? act(control::resume, "Engagement " + getReference() + " is running again: its tasks can be worked on.")
                : act(control::suspend, "Engagement " + getReference() + " is suspended: nobody can work on its tasks until it is resumed.");
    }
}
