package org.locus.intake.internal.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.PlaceCheck;
import org.locus.platform.api.web.BackLink;
import org.locus.platform.api.web.FormFields;
import org.locus.platform.api.web.FormSubmission;
import org.locus.platform.api.web.TaskForm;

/**
 * "Log a first contact" ({@code enquiries/new.xhtml}). Staff can check the place before saving:
 * the form says whether Locus knows it already and whether it has an engagement still open, so a
 * second one is opened knowingly, not by mistake.
 */
@Named
@ViewScoped
public class NewEnquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final IntakeService intake;
    private final FormSubmission submission;

    private String placeName;
    private String organisations;
    private String contactName;
    private String contactRole;
    private String contactJobTitle;
    private String contactOrganisation;
    private String presentingIssue;
    private String howHeard;

    private String checkedPlace;
    private boolean placeKnown;
    private String knownPlaceName;
    private List<OpenEngagement> openEngagements = List.of();

    /** For the CDI proxy only. */
    protected NewEnquiryForm() {
        this(null, null);
    }

    @Inject
    NewEnquiryForm(IntakeService intake, FormSubmission submission) {
        this.intake = intake;
        this.submission = submission;
    }

    private BackLink back = BackLink.toTasks();

    /** Runs once when the page is first opened ({@code f:viewAction}): where its back link goes. */
    public void load() {
        back = BackLink.of(FacesContext.getCurrentInstance(), BackLink.toTasks());
    }

    public BackLink getBack() {
        return back;
    }

    /** "Check place": looks the place up and stays on the form. */
    public String checkPlace() {
        submission.call(this::check, fields());
        return null;
    }

    public String save() {
        FirstContact contact = new FirstContact(placeName, organisationList(), contactName, role(), contactJobTitle,
                contactOrganisation, presentingIssue, howHeard);
        String[] engagementId = new String[1];
        if (!submission.send(contact, command -> engagementId[0] = intake.logFirstContact(command), fields())) {
            // Whatever else is wrong, the notice about the place stays true to what was typed.
            if (placeName != null && !placeName.isBlank() && !isChecked()) {
                check();
            }
            return null;
        }
        // The place as Locus knows it ("Northshire"), whatever case it was typed in.
        String place = intake.summary(engagementId[0]).map(EngagementSummary::placeName).orElse(placeName.strip());
        FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .put(TaskForm.CONFIRMATION, "First contact logged for " + place);
        return "/engagements/view.xhtml?id=" + engagementId[0] + "&faces-redirect=true";
    }

    private void check() {
        PlaceCheck result = intake.checkPlace(placeName);
        checkedPlace = placeName;
        placeKnown = result.known();
        knownPlaceName = result.placeName();
        openEngagements = result.openEngagements().stream().map(OpenEngagement::new).toList();
    }

    /** One organisation a line; blank lines are left out. */
    List<String> organisationList() {
        if (organisations == null) {
            return List.of();
        }
        return Arrays.stream(organisations.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private LeaderRole role() {
        return Arrays.stream(LeaderRole.values()).filter(role -> role.name().equals(contactRole)).findFirst().orElse(null);
    }

    private static FormFields fields() {
        return FormFields.sameNames("placeName", "organisations", "contactName", "contactRole", "contactJobTitle",
                "contactOrganisation", "presentingIssue", "howHeard");
    }

    /** The check applies only to the name it was made for; a changed name needs checking again. */
    public boolean isChecked() {
        return checkedPlace != null && checkedPlace.equals(placeName);
    }

    public boolean isPlaceKnown() {
        return isChecked() && placeKnown;
    }

    public boolean isPlaceNew() {
        return isChecked() && !placeKnown;
    }

    public boolean isHasOpenEngagement() {
        return isChecked() && !openEngagements.isEmpty();
    }

    public String getKnownPlaceName() {
        return knownPlaceName;
    }

    public List<OpenEngagement> getOpenEngagements() {
        return openEngagements;
    }

    public Map<String, Object> getRoles() {
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("Political, such as the leader of the council or a cabinet member", LeaderRole.POLITICAL.name());
        items.put("Managerial, such as the chief executive or a strategic director", LeaderRole.MANAGERIAL.name());
        return items;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getOrganisations() {
        return organisations;
    }

    public void setOrganisations(String organisations) {
        this.organisations = organisations;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }

    public String getContactJobTitle() {
        return contactJobTitle;
    }

    public void setContactJobTitle(String contactJobTitle) {
        this.contactJobTitle = contactJobTitle;
    }

    public String getContactOrganisation() {
        return contactOrganisation;
    }

    public void setContactOrganisation(String contactOrganisation) {
        this.contactOrganisation = contactOrganisation;
    }

    public String getPresentingIssue() {
        return presentingIssue;
    }

    public void setPresentingIssue(String presentingIssue) {
        this.presentingIssue = presentingIssue;
    }

    public String getHowHeard() {
        return howHeard;
    }

    public void setHowHeard(String howHeard) {
        this.howHeard = howHeard;
    }

    /** An open engagement of the place, as the notice lists it. */
    public static final class OpenEngagement implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String engagementId;
        private final String reference;
        private final String stage;
        private final boolean sponsorsMissing;

        OpenEngagement(EngagementHeadline headline) {
            this.engagementId = headline.engagementId();
            this.reference = headline.reference();
            this.stage = headline.stage().label();
            this.sponsorsMissing = headline.sponsorsMissing();
        }

        public String getEngagementId() {
            return engagementId;
        }

        public String getReference() {
            return reference;
        }

        public String getStage() {
            return stage;
        }

        public boolean isSponsorsMissing() {
            return sponsorsMissing;
        }
    }
}
