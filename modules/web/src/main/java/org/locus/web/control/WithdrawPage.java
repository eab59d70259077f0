package org.locus.web.control;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.web.FormSubmission;

/** {@code /engagements/withdraw.xhtml?engagement=}: a manager or the engagement's lead records that the place withdrew. */
@Named("withdraw")
@ViewScoped
public class WithdrawPage extends EngagementActionPage {

    private static final long serialVersionUID = 1L;

    /** For the CDI proxy only. */
    protected WithdrawPage() {
        this(null, null, null);
    }

    @Inject
    WithdrawPage(EngagementControl control, EngagementDirectory engagements, FormSubmission submission) {
        super(control, engagements, submission);
    }

    /** Whether the person may withdraw it (a manager, or its lead): others see why not instead of the form. */
    public boolean isAllowed() {
        return getEngagementId() != null && control.mayWithdraw(getEngagementId());
    }

    public String send() {
        return act(control::withdraw, "Engagement " + getReference() + " is withdrawn. Its open tasks are cancelled; "
                + "everything it holds stays readable.");
    }
}
