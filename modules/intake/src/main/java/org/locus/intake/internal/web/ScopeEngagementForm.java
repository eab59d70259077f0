package org.locus.intake.internal.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.KnownLeader;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.web.TaskFormKit;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.workflow.WorkTask;
import org.locus.platform.api.workflow.UserTaskKey;

/**
 * "Scope the engagement and name the sponsors" ({@code intake/forms/scope-engagement.xhtml}).
 * Sponsors can be saved one at a time as the scoping conversation goes on; scoping completes
 * only with both, because "politics matters".
 */
@Named
@ViewScoped
public class ScopeEngagementForm extends TaskForm {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;

    private String politicalName;
    private String politicalJobTitle;
    private String politicalOrganisation;
    private String managerialName;
    private String managerialJobTitle;
    private String managerialOrganisation;
    private List<String> organisations = List.of();
    private List<Known> leaders = List.of();
    private List<SummaryRow> firstContact = List.of();
    private boolean saved;

    /** For the CDI proxy only. */
    protected ScopeEngagementForm() {
        this(null, null);
    }

    @Inject
    ScopeEngagementForm(IntakeService intake, TaskFormKit kit) {
        super(kit);
        this.intake = intake;
    }

    @Override
    public UserTaskKey task() {
        return IntakeProcess.SCOPE_ENGAGEMENT;
    }

    @Override
    public Map<String, String> fieldComponents() {
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
    protected void prefill(WorkTask openTask, EngagementHeadline headline) {
        EngagementSummary engagement = intake.summary(headline.engagementId()).orElseThrow();
        organisations = new ArrayList<>(engagement.organisations());
        leaders = intake.leadersOf(engagement.id()).stream().map(Known::of).toList();
        firstContact = firstContactRows(engagement);
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
        if (send(scoping, command -> intake.saveSponsors(taskId(), command))) {
            saved = true;
            refreshHeader();
        }
        return null;
    }

    /** Saves both sponsors and completes scoping. */
    public String complete() {
        saved = false;
        Scoping scoping = scoping();
        if (!send(scoping, command -> intake.completeScoping(taskId(), command))) {
            return null;
        }
        return doneWith("Scoping completed for " + placeName());
    }

    /**
     * A sponsor with nothing typed is not named yet; one partly typed is checked field by field. A
     * known leader chosen by name brings their job title and organisation, unless others were typed.
     */
    private Scoping scoping() {
        Known political = known(politicalName);
        if (political != null && isBlank(politicalJobTitle) && isBlank(politicalOrganisation)) {
            politicalJobTitle = political.jobTitle();
            politicalOrganisation = political.organisation();
        }
        Known managerial = known(managerialName);
        if (managerial != null && isBlank(managerialJobTitle) && isBlank(managerialOrganisation)) {
            managerialJobTitle = managerial.jobTitle();
            managerialOrganisation = managerial.organisation();
        }
        return new Scoping(sponsor(politicalName, politicalJobTitle, politicalOrganisation),
                sponsor(managerialName, managerialJobTitle, managerialOrganisation));
    }

    private Known known(String name) {
        if (isBlank(name)) {
            return null;
        }
        String key = keyOf(name);
        return leaders.stream().filter(leader -> keyOf(leader.name()).equals(key)).findFirst().orElse(null);
    }

    /** Names match whatever their case and spacing, as intake's directory matches them. */
    private static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<SummaryRow> firstContactRows(EngagementSummary engagement) {
        List<SummaryRow> rows = new ArrayList<>();
        EngagementSummary.Contact contact = engagement.contact();
        if (contact != null) {
            rows.add(new SummaryRow("Who got in touch", contact.name() + ", " + contact.jobTitle() + ", "
                    + contact.organisation()));
            rows.add(new SummaryRow("Their side", contact.role() == LeaderRole.POLITICAL ? "Political" : "Managerial"));
        }
        rows.add(new SummaryRow("Organisations involved", String.join(", ", engagement.organisations())));
        rows.add(new SummaryRow("Presenting issue", engagement.presentingIssue()));
        rows.add(new SummaryRow("How they heard about us", engagement.howHeard()));
        return rows;
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
        return organisations.isEmpty() ? null
                : "Choose one involved so far (" + String.join(", ", organisations) + ") or enter another";
    }

    /** The organisations involved, offered as the sponsors' organisations. */
    public List<String> getOrganisations() {
        return organisations;
    }

    /** The place's known political leaders, the first contact first, offered as the political sponsor. */
    public List<String> getPoliticalLeaders() {
        return namesOf(LeaderRole.POLITICAL);
    }

    public List<String> getManagerialLeaders() {
        return namesOf(LeaderRole.MANAGERIAL);
    }

    public String getPoliticalHint() {
        return leadersHint(LeaderRole.POLITICAL);
    }

    public String getManagerialHint() {
        return leadersHint(LeaderRole.MANAGERIAL);
    }

    /** What the first contact told us, which scoping starts from. */
    public List<SummaryRow> getFirstContact() {
        return firstContact;
    }

    private List<String> namesOf(LeaderRole side) {
        return leaders.stream().filter(leader -> leader.role() == side).map(Known::name).toList();
    }

    private String leadersHint(LeaderRole side) {
        List<String> known = leaders.stream().filter(leader -> leader.role() == side)
                .map(leader -> leader.firstContact() ? leader.name() + " (the first contact)" : leader.name())
                .toList();
        return known.isEmpty() ? "Nobody on this side is known in the place yet: enter the sponsor"
                : "Known in the place: " + String.join(", ", known)
                        + ". Choose one (their job title and organisation are filled in) or enter someone new";
    }

    /** A known leader of the place, kept in the view between requests. */
    record Known(String name, LeaderRole role, String jobTitle, String organisation, boolean firstContact)
            implements Serializable {

        static Known of(KnownLeader leader) {
            return new Known(leader.name(), leader.role(), leader.jobTitle(), leader.organisation(), leader.firstContact());
        }
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
