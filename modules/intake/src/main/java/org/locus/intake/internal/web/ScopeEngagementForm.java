package org.locus.intake.internal.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.Workflow;

/**
 * "Scope the engagement and name the sponsors" ({@code intake/forms/scope-engagement.xhtml}).
 * Sponsors can be saved one at a time as the scoping conversation goes on; scoping completes
 * only with both, because "politics matters".
 */
@Named
@ViewScoped
public class ScopeEngagementForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private String politicalName;
    private String politicalJobTitle;
    private String politicalOrganisation;
    private String managerialName;
    private String managerialJobTitle;
    private String managerialOrganisation;
    private String organisationsInvolved;
    private boolean saved;

    /** For the CDI proxy only. */
    protected ScopeEngagementForm() {
        this(null, null, null);
    }

    @Inject
    ScopeEngagementForm(IntakeService intake, Workflow workflow, Caller caller) {
        super(intake, workflow, caller);
    }

    @Override
    protected String taskKey() {
        return EngagementProcess.SCOPE_ENGAGEMENT;
    }

    @Override
    protected Map<String, String> fieldComponents() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("politicalSponsor", "politicalName");
        components.put("politicalSponsor.name", "politicalName");
        components.put("politicalSponsor.jobTitle", "politicalJobTitle");
        components.put("politicalSponsor.organisation", "politicalOrganisation");
        components.put("managerialSponsor", "managerialName");
        components.put("managerialSponsor.name", "managerialName");
        components.put("managerialSponsor.jobTitle", "managerialJobTitle");
        components.put("managerialSponsor.organisation", "managerialOrganisation");
        return components;
    }

    /** "Enter the sponsor's name" twice would not say which; each message names its sponsor. */
    @Override
    protected String reworded(String field, String message) {
        if (field.startsWith("politicalSponsor.")) {
            return message.replace("the sponsor's", "the political sponsor's");
        }
        if (field.startsWith("managerialSponsor.")) {
            return message.replace("the sponsor's", "the managerial sponsor's");
        }
        return message;
    }

    @Override
    protected void prefill(WorkTask openTask, EngagementSummary engagement) {
        organisationsInvolved = String.join(", ", engagement.organisations());
        SponsorDetails political = engagement.politicalSponsor();
        if (political != null) {
            politicalName = political.name();
            politicalJobTitle = political.jobTitle();
            politicalOrganisation = political.organisation();
        }
        SponsorDetails managerial = engagement.managerialSponsor();
        if (managerial != null) {
            managerialName = managerial.name();
            managerialJobTitle = managerial.jobTitle();
            managerialOrganisation = managerial.organisation();
        }
    }

    /** Saves the sponsors named so far and stays on the page. */
    public String save() {
        saved = false;
        Scoping scoping = scoping();
        if (attempt(() -> intake.saveSponsors(getTask(), scoping))) {
            saved = true;
            refreshHeader();
        }
        return null;
    }

    /** Saves both sponsors and completes scoping. */
    public String complete() {
        saved = false;
        Scoping scoping = scoping();
        if (!attempt(() -> intake.completeScoping(getTask(), scoping))) {
            return null;
        }
        return doneWith("Scoping completed for " + placeName());
    }

    /** A sponsor with nothing typed is not named yet; one partly typed is checked field by field. */
    private Scoping scoping() {
        return new Scoping(sponsor(politicalName, politicalJobTitle, politicalOrganisation),
                sponsor(managerialName, managerialJobTitle, managerialOrganisation));
    }

    private static SponsorDetails sponsor(String name, String jobTitle, String organisation) {
        if (isBlank(name) && isBlank(jobTitle) && isBlank(organisation)) {
            return null;
        }
        return new SponsorDetails(name, jobTitle, organisation);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isSaved() {
        return saved;
    }

    /** The organisations named at first contact, as a hint for the sponsors' organisations. */
    public String getOrganisationsHint() {
        return organisationsInvolved == null || organisationsInvolved.isEmpty() ? null
                : "Organisations involved so far: " + organisationsInvolved;
    }

    public String getPoliticalName() {
        return politicalName;
    }

    public void setPoliticalName(String politicalName) {
        this.politicalName = politicalName;
    }

    public String getPoliticalJobTitle() {
        return politicalJobTitle;
    }

    public void setPoliticalJobTitle(String politicalJobTitle) {
        this.politicalJobTitle = politicalJobTitle;
    }

    public String getPoliticalOrganisation() {
        return politicalOrganisation;
    }

    public void setPoliticalOrganisation(String politicalOrganisation) {
        this.politicalOrganisation = politicalOrganisation;
    }

    public String getManagerialName() {
        return managerialName;
    }

    public void setManagerialName(String managerialName) {
        this.managerialName = managerialName;
    }

    public String getManagerialJobTitle() {
        return managerialJobTitle;
    }

    public void setManagerialJobTitle(String managerialJobTitle) {
        this.managerialJobTitle = managerialJobTitle;
    }

    public String getManagerialOrganisation() {
        return managerialOrganisation;
    }

    public void setManagerialOrganisation(String managerialOrganisation) {
        this.managerialOrganisation = managerialOrganisation;
    }
}
