package org.locus.intake.internal;

import java.time.Instant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.platform.api.engagement.EngagementHeadline;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;
import org.locus.platform.api.record.Recorded;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.InvalidRequestException;

/**
 * One bespoke engagement with one place, through intake.
 *
 * <p>Life cycle: a first contact opens it (stage intake, status open); the map moves its stage and
 * status from then on ({@link #moved}). Staff assess fit with the
 * remit and confirm or overrule the intake-fit rule; an engagement referred elsewhere ends there.
 * Otherwise scoping names a political and a managerial sponsor ("politics matters": until both
 * are named the engagement is flagged), the agreement is drafted with both sponsors' sign-off and
 * approved by a manager (or returned and redrafted), and a manager assigns the lead and enablers;
 * then the engagement is agreed and the map moves it on to the diagnostic. Nothing is ever deleted.
 *
 * <p>The process ({@code bpmn/intake.bpmn}) decides which step comes next; this class keeps
 * each step's own rules, so they hold whichever way the step is reached (form, API, test).
 */
@Entity
@Table(name = "intake_engagement")
@NamedQuery(name = Engagement.HEADLINES, query = """
        select e.id, e.reference, p.name, e.stage, e.status, ps.id, ms.id, e.lead
        from Engagement e join e.place p left join e.politicalSponsor ps left join e.managerialSponsor ms
        where e.id in :ids""")
@NamedQuery(name = Engagement.HEADLINES_OF_PLACE, query = """
        select e.id, e.reference, p.name, e.stage, e.status, ps.id, ms.id, e.lead
        from Engagement e join e.place p left join e.politicalSponsor ps left join e.managerialSponsor ms
        where p = :place and e.status = :status
        order by e.opened.at""")
// A database sequence hands out reference numbers: unique across every node of a cluster, with no gaps to fill by hand.
@NamedNativeQuery(name = Engagement.NEXT_NUMBER, query = "select nextval('intake_engagement_number_seq')")
public class Engagement {

    static final String HEADLINES = "Engagement.headlines";
    static final String HEADLINES_OF_PLACE = "Engagement.headlinesOfPlace";
    static final String NEXT_NUMBER = "Engagement.nextNumber";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "place_id", nullable = false)
    private Place place;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "intake_engagement_organisation",
            joinColumns = @JoinColumn(name = "engagement_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "list_index")
    private List<Organisation> organisations = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_leader_id", nullable = false)
    private Leader contact;

    @Column(name = "presenting_issue", nullable = false, length = 4000)
    private String presentingIssue;

    @Column(name = "how_heard", nullable = false, length = 500)
    private String howHeard;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "opened_by", nullable = false, length = 100))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at", nullable = false))
    private Recorded opened;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private EngagementStatus status;

    @Embedded
    private Fit fit = Fit.notAssessed();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "political_sponsor_id")
    private Leader politicalSponsor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "managerial_sponsor_id")
    private Leader managerialSponsor;

    @Embedded
    private Agreement agreement = Agreement.notDrafted();

    @Column(name = "team_lead", length = 100)
    private String lead;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "intake_engagement_enabler", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "enabler_id", length = 100)
    @OrderBy
    private List<String> enablers = new ArrayList<>();

    // Two people (or two nodes) saving the same engagement at once: the second is told, not silently overwritten.
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Engagement() {
    }

    /** Opens an engagement for a first contact from a place. */
    public Engagement(String reference, Place place, List<Organisation> involved, Leader contact,
                      FirstContact firstContact, Recorded opened) {
        String presentingIssue = firstContact.presentingIssue();
        String howHeard = firstContact.howHeard();
        if (Names.isBlank(reference) || place == null || involved == null || involved.isEmpty() || contact == null
                || Names.isBlank(presentingIssue) || Names.isBlank(howHeard) || opened == null) {
            throw new IllegalArgumentException("A first contact needs a reference, a place, organisations, a contact, "
                    + "the presenting issue, how they heard, and when and by whom it was logged");
        }
        if (!contact.place().equals(place) || involved.stream().anyMatch(o -> !o.place().equals(place))) {
            throw new IllegalArgumentException("The contact and the organisations must belong to " + place);
        }
        this.id = UUID.randomUUID().toString();
        this.reference = reference;
        this.place = place;
        this.organisations = new ArrayList<>(new LinkedHashSet<>(involved));
        this.contact = contact;
        this.presentingIssue = presentingIssue.strip();
        this.howHeard = howHeard.strip();
        this.opened = opened;
        this.stage = Stage.INTAKE;
        this.status = EngagementStatus.OPEN;
    }

    /** Staff's answers to the four questions of the intake-fit rule. */
    public void assessFit(FitAssessment answers, Recorded recorded) {
        requireInIntake();
        fit().assess(answers, recorded);
    }

    /**
     * Staff confirm or overrule the rule's recommendation.
     *
     * @throws InvalidRequestException if they overrule it without a reason, or refer elsewhere without naming the provider
     */
    public void confirmFit(FitDecision recommendation, String recommendationReason, FitConfirmation confirmation,
                           Recorded recorded) {
        requireInIntake();
        fit().confirm(recommendation, recommendationReason, confirmation, recorded);
    }

    /**
     * Names the sponsors known so far; either may be left unnamed (null) for now.
     *
     * @throws InvalidRequestException if a sponsor is not a leader of this place on the right side
     */
    public void nameSponsors(Leader political, Leader managerial) {
        requireInIntake();
        Map<String, String> errors = new LinkedHashMap<>();
        checkSponsor(political, LeaderRole.POLITICAL, "politicalSponsor", errors);
        checkSponsor(managerial, LeaderRole.MANAGERIAL, "managerialSponsor", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        this.politicalSponsor = political;
        this.managerialSponsor = managerial;
    }

    /**
     * Scoping is done only when both sponsors are named.
     *
     * @throws InvalidRequestException naming each sponsor still missing
     */
    public void completeScoping() {
        requireInIntake();
        Map<String, String> errors = missingSponsors("before completing scoping");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Both sponsors are needed to complete scoping", errors);
        }
    }

    /** True until both a political and a managerial sponsor are named: the engagement is flagged. */
    public boolean sponsorsMissing() {
        return politicalSponsor == null || managerialSponsor == null;
    }

    /**
     * Drafts (or redrafts) the agreement that both sponsors signed off.
     *
     * @throws ConflictException if a sponsor is missing: nobody can have signed off for them
     */
    public void draftAgreement(AgreementDraft draft, Recorded recorded) {
        requireInIntake();
        if (sponsorsMissing()) {
            throw new ConflictException("Name both sponsors before drafting the agreement: both must sign it off.");
        }
        agreement().draft(draft, recorded);
    }

    /**
     * A manager approves the agreement or returns it for redrafting.
     *
     * @throws InvalidRequestException if it is returned without a reason
     */
    public void decideAgreement(AgreementDecision decision, Recorded recorded) {
        requireInIntake();
        agreement().decide(decision, recorded);
    }

    /**
     * Names the lead and the enablers (user ids) of an approved engagement.
     *
     * @throws InvalidRequestException if the lead is also listed as an enabler
     */
    public void assignTeam(TeamAssignment team) {
        requireInIntake();
        String leadId = team.lead();
        List<String> enablerIds = team.enablers();
        if (!agreement().isApproved()) {
            throw new ConflictException("Approve the agreement before assigning the team.");
        }
        if (Names.isBlank(leadId)) {
            throw new IllegalArgumentException("A team needs a lead");
        }
        List<String> distinctEnablers = enablerIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(enablerIds));
        if (distinctEnablers.contains(leadId)) {
            throw new InvalidRequestException("enablers", "Do not select the lead as an enabler as well");
        }
        this.lead = leadId;
        this.enablers.clear();
        this.enablers.addAll(distinctEnablers);
    }

    /**
     * The map entered a stage or ended (the one way stage and status change). The process is the
     * authority on the path taken, so this records what happened rather than refuse it.
     */
    public void moved(EngagementMoved move) {
        if (move.stage() != null) {
            this.stage = move.stage();
        }
        this.status = move.status();
    }

    public String id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Place place() {
        return place;
    }

    public Stage stage() {
        return stage;
    }

    public EngagementStatus status() {
        return status;
    }

    public boolean isOpen() {
        return status == EngagementStatus.OPEN;
    }

    public Instant openedAt() {
        return opened.at();
    }

    public EngagementHeadline headline() {
        return new EngagementHeadline(id, reference, place.name(), stage, status, sponsorsMissing(), lead);
    }

    public EngagementSummary summary() {
        return new EngagementSummary(id, reference, opened.at(), opened.by(), place.name(),
                organisations.stream().map(Organisation::name).toList(),
                new EngagementSummary.Contact(contact.name(), contact.role(), contact.jobTitle(),
                        contact.organisation().name()),
                presentingIssue, howHeard, stage, status,
                fit().summary(),
                sponsorDetails(politicalSponsor), sponsorDetails(managerialSponsor),
                agreement().summary(),
                lead == null ? null : new EngagementSummary.Team(lead, enablers));
    }

    private void requireInIntake() {
        if (!isOpen()) {
            throw new ConflictException(reference + " is " + status.label().toLowerCase(Locale.ROOT)
                    + "; intake work on it has finished.");
        }
        if (stage != Stage.INTAKE) {
            throw new ConflictException(reference + " is in the " + stage.label().toLowerCase(Locale.ROOT)
                    + " stage; intake work on it has finished.");
        }
    }

    private void checkSponsor(Leader sponsor, LeaderRole side, String field, Map<String, String> errors) {
        if (sponsor == null) {
            return;
        }
        if (!sponsor.place().equals(place)) {
            errors.put(field + ".name", sponsor.name() + " is a leader in " + sponsor.place() + ", not in " + place);
        } else if (!sponsor.is(side)) {
            errors.put(field + ".name", sponsor.name() + " is recorded as a " + Leader.sideName(sponsor.role())
                    + " leader. Name a " + Leader.sideName(side) + " leader as the " + Leader.sideName(side) + " sponsor");
        }
    }

    private Map<String, String> missingSponsors(String when) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (politicalSponsor == null) {
            errors.put("politicalSponsor", "Enter the political sponsor " + when);
        }
        if (managerialSponsor == null) {
            errors.put("managerialSponsor", "Enter the managerial sponsor " + when);
        }
        return errors;
    }

    private static SponsorDetails sponsorDetails(Leader sponsor) {
        return sponsor == null ? null
                : new SponsorDetails(sponsor.name(), sponsor.jobTitle(), sponsor.organisation().name());
    }

    // JPA leaves an embedded value null when all its columns are null, so an untouched one is made here.
    private Fit fit() {
        if (fit == null) {
            fit = Fit.notAssessed();
        }
        return fit;
    }

    private Agreement agreement() {
        if (agreement == null) {
            agreement = Agreement.notDrafted();
        }
        return agreement;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Engagement engagement && id.equals(engagement.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return reference + " (" + place + ")";
    }
}
