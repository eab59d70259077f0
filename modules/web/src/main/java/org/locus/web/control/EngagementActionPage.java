package org.locus.web.control;

import java.io.Serializable;


import org.locus.platform.api.control.ActionReason;
import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.Suspension;
import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.web.FormFields;
import org.locus.platform.api.web.FormSubmission;

/**
 * The base of the pages that act on a whole engagement with a reason (suspend or resume, withdraw):
 * the engagement of the {@code engagement} parameter, read as the page is first shown, and one reason.
 */
abstract class EngagementActionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final FormFields FIELDS = FormFields.sameNames("reason");

    protected final transient EngagementControl control;
    private final transient EngagementDirectory engagements;
    private final transient FormSubmission submission;

    private boolean opened;
    private String engagementId;
    private String reference;
    private String placeName;
    private EngagementStatus status;
    private Suspension suspension;
    private String problem;
    private String reason;

    EngagementActionPage(EngagementControl control, EngagementDirectory engagements, FormSubmission submission) {
        this.control = control;
        this.engagements = engagements;
        this.submission = submission;
    }

    public void load() {
        if (opened) {
            return;
        }
        opened = true;
        engagementId = ControlPages.parameter("engagement");
        EngagementHeadline engagement = engagementId == null ? null : engagements.headline(engagementId).orElse(null);
        if (engagement == null) {
            problem = "There is no such engagement. Find it again from the list of engagements.";
            return;
        }
        reference = engagement.reference();
        placeName = engagement.placeName();
        status = engagement.status();
        suspension = control.suspension(engagementId).orElse(null);
        if (status != EngagementStatus.OPEN) {
            problem = "Engagement " + reference + " has ended (" + status.label().toLowerCase() + "): nothing of it can change.";
        }
    }

    /** Sends the reason to the service; on success, back to the engagement with the confirmation. */
    protected String act(Action action, String confirmation) {
        boolean done = submission.send(new ActionReason(reason), values -> action.apply(engagementId, values), FIELDS);
        return done ? ControlPages.confirmAndGo(confirmation, ControlPages.engagementView(engagementId)) : null;
    }

    @FunctionalInterface
    interface Action {
        void apply(String engagementId, ActionReason reason);
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getReference() {
        return reference;
    }

    public String getPlaceName() {
        return placeName;
    }

    public Suspension getSuspension() {
        return suspension;
    }

    public boolean isSuspended() {
        return suspension != null;
    }

    public String getProblem() {
        return problem;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
