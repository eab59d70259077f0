package org.locus.web.control;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.Suspension;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.Roles;

/**
 * What the engagement page shows of managers' control: the "Suspended" tag with its reason, and the
 * links "Suspend" or "Resume" (managers), "Withdraw" (managers and the lead), "Reassign" (managers).
 * Auditors see the tag and no link.
 */
@Named("engagementControl")
@RequestScoped
public class EngagementControlLinks {

    private final EngagementControl control;
    private final Caller caller;
    private Optional<Suspension> suspension;

    /** For the CDI proxy only. */
    protected EngagementControlLinks() {
        this(null, null);
    }

    @Inject
    EngagementControlLinks(EngagementControl control, Caller caller) {
        this.control = control;
        this.caller = caller;
    }

    /** The engagement's suspension, or null while it runs. */
    public Suspension suspension(String engagementId) {
        if (suspension == null) {
            suspension = control.suspension(engagementId);
        }
        return suspension.orElse(null);
    }

    public boolean isManager() {
        return caller.current().isIn(Roles.MANAGER);
    }

    public boolean mayWithdraw(String engagementId) {
        return control.mayWithdraw(engagementId);
    }
}
