package org.locus.web.control;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.control.EngagementControl;
import org.locus.platform.api.control.OpenIncident;
import org.locus.platform.api.format.GovukFormats;

/**
 * {@code /manage/incidents.xhtml}: the steps that failed for good, for managers and auditors. Each row
 * links a manager to {@code /manage/retry.xhtml?incident=}, where the retry is confirmed: the incident
 * travels in the link, so a step that fails meanwhile cannot shift the rows under a button.
 */
@Named("incidents")
@RequestScoped
public class IncidentsPage {

    private final EngagementControl control;
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
}
