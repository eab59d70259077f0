package org.locus.web.control;

import java.io.Serializable;
import java.util.List;

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
 * {@code /manage/incidents.xhtml}: the steps that failed for good, for managers (with "Retry") and
 * auditors (read only: the service refuses them a retry as well). View-scoped, so that "Retry" acts on the
 * incident of the row the manager saw: the list is read once for the page, and a step that fails meanwhile
 * cannot shift the rows under the button.
 */
@Named("incidents")
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String VIEW = "/manage/incidents.xhtml";

    private final transient EngagementControl control;
    private List<OpenIncident> open;

    /** For the CDI proxy only. */
    protected IncidentsPage() {
        this(null);
    }

    @Inject
    IncidentsPage(EngagementControl control) {
        this.control = control;
    }

    public List<OpenIncident> getOpen() {
        if (open == null) {
            open = control.openIncidents();
        }
        return open;
    }

    public String raised(OpenIncident incident) {
        return GovukFormats.dateTime(incident.raised());
    }

    public String retry(OpenIncident incident) {
        try {
            control.retry(incident.incidentId());
        } catch (LocusException e) {
            FormErrors.showGlobal(FacesContext.getCurrentInstance(), e.getMessage());
            open = null;
            return null;
        }
        return ControlPages.confirmAndGo("‘" + incident.activityName() + "’"
                + (incident.reference() == null ? "" : " for " + incident.reference())
                + " is being tried again. If it fails again, it comes back to this list.", VIEW);
    }
}
