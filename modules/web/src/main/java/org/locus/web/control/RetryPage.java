package org.locus.web.control;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.OpenIncident;
import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.format.GovukFormats;
import org.locus.platform.api.web.FormErrors;

/**
 * {@code /manage/retry.xhtml?incident=}: a manager confirms that a failed step runs again, once its cause
 * is fixed. The page keeps the incident it showed, so "Retry step" acts on exactly that one.
 */
@Named("retry")
@ViewScoped
public class RetryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INCIDENTS = "/manage/incidents.xhtml";

    private final transient EngagementControl control;

    private boolean opened;
    private OpenIncident incident;
    private String problem;

    /** For the CDI proxy only. */
    protected RetryPage() {
        this(null);
    }

    @Inject
    RetryPage(EngagementControl control) {
        this.control = control;
    }

    /** Finds the incident as the page is first shown; a submit keeps what the page showed. */
    public void load() {
        if (opened) {
            return;
        }
        opened = true;
        String incidentId = ControlPages.parameter("incident");
        incident = incidentId == null ? null : control.openIncidents().stream()
                .filter(open -> open.incidentId().equals(incidentId)).findFirst().orElse(null);
        if (incident == null) {
            problem = "This step is not waiting for a retry any more (or there is no such incident). It may have been retried already.";
        }
    }

    public String send() {
        try {
            control.retry(incident.incidentId());
        } catch (LocusException e) {
            FormErrors.showGlobal(FacesContext.getCurrentInstance(), e.getMessage());
            return null;
        }
        return ControlPages.confirmAndGo("‘" + incident.activityName() + "’"
                + (incident.reference() == null ? "" : " for " + incident.reference())
                + " is being tried again. If it fails again, it comes back to this list.", INCIDENTS);
    }

    public OpenIncident getIncident() {
        return incident;
    }

    public String getRaised() {
        return incident == null ? null : GovukFormats.dateTime(incident.raised());
    }

    public String getProblem() {
        return problem;
    }
}
