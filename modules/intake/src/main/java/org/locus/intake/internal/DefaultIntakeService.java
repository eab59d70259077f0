package org.locus.intake.internal;

import static org.locus.intake.internal.process.IntakeVariables.AGREEMENT_APPROVED;
import static org.locus.intake.internal.process.IntakeVariables.CAPACITY_AVAILABLE;
import static org.locus.intake.internal.process.IntakeVariables.FIT_DECISION;
import static org.locus.intake.internal.process.IntakeVariables.FIT_REASON;
import static org.locus.intake.internal.process.IntakeVariables.FIT_RECOMMENDATION;
import static org.locus.intake.internal.process.IntakeVariables.FUNDING_AVAILABLE;
import static org.locus.intake.internal.process.IntakeVariables.PLACE_BASED;
import static org.locus.intake.internal.process.IntakeVariables.TOP_TEAM_INVOLVED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;

import org.locus.platform.api.text.Names;
import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementResults;
import org.locus.intake.api.EngagementSearch;
import org.locus.intake.api.EngagementSummary;
import org.locus.intake.api.FirstContact;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.KnownLeader;
import org.locus.intake.api.LeaderRole;
import org.locus.intake.api.PlaceCheck;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.UniqueViolation;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.ValidValues;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.engagement.EngagementProcess;
import org.locus.platform.api.record.Recorded;
import org.locus.platform.api.transaction.UnitOfWork;
import org.locus.platform.api.workflow.TaskCommand;
import org.locus.platform.api.workflow.TaskCommands;
import org.locus.platform.api.workflow.Workflow;

/**
 * Intake on the engagement process. Every command is one JTA transaction: the rows it writes and
 * the process it starts or the task it completes commit together, or neither does. The values are
 * checked by Bean Validation from the constraints on {@link IntakeService} before a method runs;
 * the rules that need the engagement (override reasons, sponsors' sides) are the entities' own.
 */
@ApplicationScoped
@UnitOfWork
public class DefaultIntakeService implements IntakeService {

    private final Workflow workflow;
    private final Caller caller;
    private final PeopleDirectory people;
    private final EngagementRepository engagements;
    private final PlaceDirectory places;
    private final Clock clock;
    private final Validator validator;
    private final TaskCommand<Engagement> tasks;
    private final HeadlineChanges headlineChanges;

    /** For the CDI proxy only. */
    protected DefaultIntakeService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Inject
    DefaultIntakeService(Workflow workflow, Caller caller, PeopleDirectory people, EngagementRepository engagements,
                         PlaceDirectory places, Clock clock, Validator validator, TaskCommands taskCommands,
                         HeadlineChanges headlineChanges) {
        this.headlineChanges = headlineChanges;
        this.workflow = workflow;
        this.caller = caller;
        this.people = people;
        this.engagements = engagements;
        this.places = places;
        this.clock = clock;
        this.validator = validator;
        this.tasks = taskCommands == null ? null : taskCommands.over(engagements::get, engagements::flush);
    }

    @Override
    public String logFirstContact(FirstContact contact) {
        ValidValues.require(validator, contact);
        CurrentUser user = caller.current();
        if (!user.isIn(Roles.STAFF)) {
            throw new ForbiddenException("Only staff can log a first contact.");
        }
        try {
            return recordFirstContact(contact, user);
        } catch (PersistenceException e) {
            if (UniqueViolation.isCauseOf(e)) {
                // Another first contact added the same new place, organisation or leader a moment ago.
                throw new ConflictException("Another first contact for " + Names.tidy(contact.placeName())
                        + " was saved at the same moment, and nothing of this one was kept. Send it again: it will be"
                        + " added to that place.");
            }
            throw e;
        }
    }

    private String recordFirstContact(FirstContact contact, CurrentUser user) {
        Instant now = clock.instant();
        Place place = places.place(contact.placeName(), now);
        // The contact's own organisation is one of those involved, whether or not it was listed.
        Map<String, Organisation> involved = new LinkedHashMap<>();
        for (String name : contact.organisations()) {
            involved.computeIfAbsent(Names.keyOf(name), key -> places.organisation(place, name));
        }
        Organisation contactOrganisation = involved.computeIfAbsent(Names.keyOf(contact.contactOrganisation()),
                key -> places.organisation(place, contact.contactOrganisation()));
        Leader leader = places.leaderNamed(place, contact.contactName())
                .map(known -> {
                    // A leader's side is not changed in passing: they may sponsor other engagements on it.
                    if (!known.is(contact.contactRole())) {
                        throw new InvalidRequestException("contactRole", known.name() + " is recorded as a "
                                + Leader.sideName(known.role()) + " leader of " + place.name() + ". Select "
                                + Leader.sideName(known.role()) + ", or check the contact's name");
                    }
                    known.nowHolds(contact.contactJobTitle(), contactOrganisation);
                    return known;
                })
                .orElseGet(() -> places.addLeader(contactOrganisation, contact.contactName(), contact.contactRole(),
                        contact.contactJobTitle()));

        Engagement engagement = new Engagement(engagements.nextReference(now), place, List.copyOf(involved.values()),
                leader, contact, Recorded.of(user.id(), now));
        engagements.store(engagement);
        headlineChanges.announce(engagement);
        workflow.start(EngagementProcess.KEY, engagement.id(), Map.of(EngagementProcess.ENGAGEMENT_ID, engagement.id()));
        engagements.flush();
        return engagement.id();
    }

    @Override
    public PlaceCheck checkPlace(String placeName) {
        if (Names.isBlank(placeName)) {
            throw new InvalidRequestException("placeName", "Enter the name of the place");
        }
        return places.placeNamed(placeName)
                .map(place -> new PlaceCheck(place.name(), true, engagements.openHeadlinesOf(place)))
                .orElseGet(() -> new PlaceCheck(Names.tidy(placeName), false, List.of()));
    }

    @Override
    public Optional<EngagementSummary> summary(String engagementId) {
        return engagements.find(engagementId).map(Engagement::summary);
    }

    @Override
    public List<KnownLeader> leadersOf(String engagementId) {
        return engagements.find(engagementId).map(engagement -> {
            String contactKey = Names.keyOf(engagement.summary().contact().name());
            return places.leadersOf(engagement.place()).stream()
                    .map(leader -> new KnownLeader(leader.name(), leader.role(), leader.jobTitle(),
                            leader.organisation().name(), Names.keyOf(leader.name()).equals(contactKey)))
                    // Stable: the first contact first, the others keep their order by name.
                    .sorted(Comparator.comparing((KnownLeader leader) -> !leader.firstContact()))
                    .toList();
        }).orElse(List.of());
    }

    @Override
    public EngagementResults find(EngagementSearch search) {
        return engagements.find(search);
    }

    @Override
    public void assessFit(String taskId, FitAssessment assessment) {
        tasks.complete(IntakeProcess.ASSESS_FIT, taskId, assessment, (engagement, on) -> {
            engagement.assessFit(assessment, on.recorded());
            return Map.of(
                    TOP_TEAM_INVOLVED, assessment.topTeamInvolved(),
                    PLACE_BASED, assessment.placeBased(),
                    CAPACITY_AVAILABLE, assessment.capacityAvailable(),
                    FUNDING_AVAILABLE, assessment.fundingAvailable());
        });
    }

    @Override
    public void confirmFit(String taskId, FitConfirmation confirmation) {
        tasks.complete(IntakeProcess.CONFIRM_FIT, taskId, confirmation, (engagement, on) -> {
            // The business rule task decideFit left its recommendation on the process.
            FitDecision recommendation = workflow.variable(taskId, FIT_RECOMMENDATION)
                    .map(String::valueOf).map(FitDecision::fromProcessValue).orElse(null);
            String reason = workflow.variable(taskId, FIT_REASON).map(String::valueOf).orElse(null);
            engagement.confirmFit(recommendation, reason, confirmation, on.recorded());
            return Map.of(FIT_DECISION, confirmation.decision().processValue());
        });
    }

    @Override
    public void saveSponsors(String taskId, Scoping scoping) {
        tasks.save(IntakeProcess.SCOPE_ENGAGEMENT, taskId, scoping, (engagement, on) -> nameSponsors(engagement, scoping));
    }

    @Override
    public void completeScoping(String taskId, Scoping scoping) {
        tasks.complete(IntakeProcess.SCOPE_ENGAGEMENT, taskId, scoping, (engagement, on) -> {
            nameSponsors(engagement, scoping);
            engagement.completeScoping();
            return Map.of();
        });
    }

    @Override
    public void draftAgreement(String taskId, AgreementDraft draft) {
        tasks.complete(IntakeProcess.DRAFT_AGREEMENT, taskId, draft, (engagement, on) -> {
            engagement.draftAgreement(draft, on.recorded());
            return Map.of();
        });
    }

    @Override
    public void decideAgreement(String taskId, AgreementDecision decision) {
        tasks.complete(IntakeProcess.APPROVE_AGREEMENT, taskId, decision, (engagement, on) -> {
            engagement.decideAgreement(decision, on.recorded());
            return Map.of(AGREEMENT_APPROVED, decision.approved());
        });
    }

    @Override
    public void assignTeam(String taskId, TeamAssignment assignment) {
        tasks.complete(IntakeProcess.ASSIGN_TEAM, taskId, assignment, (engagement, on) -> {
            requireStaff(assignment);
            engagement.assignTeam(assignment);
            headlineChanges.announce(engagement);
            return Map.of();
        });
    }

    /** The lead and the enablers are people in the staff group. */
    private void requireStaff(TeamAssignment assignment) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!isStaff(assignment.lead())) {
            errors.put("lead", "Select the engagement lead from the list of staff");
        }
        List<String> notStaff = new ArrayList<>();
        for (String enabler : assignment.enablers()) {
            if (!isStaff(enabler)) {
                notStaff.add(enabler);
            }
        }
        if (!notStaff.isEmpty()) {
            errors.put("enablers", "Select enablers from the list of staff (" + String.join(", ", notStaff)
                    + (notStaff.size() == 1 ? " is" : " are") + " not on it)");
        } else if (assignment.enablers().contains(assignment.lead())) {
            errors.put("enablers", "Do not select the lead as an enabler as well");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
    }

    /** Each sponsor named is a leader of the place: one already known by that name, or a new one on the sponsor's side. */
    private void nameSponsors(Engagement engagement, Scoping scoping) {
        engagement.nameSponsors(
                leaderFor(engagement.place(), scoping.politicalSponsor(), LeaderRole.POLITICAL),
                leaderFor(engagement.place(), scoping.managerialSponsor(), LeaderRole.MANAGERIAL));
        headlineChanges.announce(engagement);
    }

    private Leader leaderFor(Place place, SponsorDetails sponsor, LeaderRole side) {
        if (sponsor == null) {
            return null;
        }
        Organisation organisation = places.organisation(place, sponsor.organisation());
        return places.leaderNamed(place, sponsor.name())
                .map(known -> {
                    known.nowHolds(sponsor.jobTitle(), organisation);
                    return known;
                })
                .orElseGet(() -> places.addLeader(organisation, sponsor.name(), side, sponsor.jobTitle()));
    }

    private boolean isStaff(String userId) {
        return userId != null && people.find(userId).map(Person::groups)
                .filter(groups -> groups.contains(Roles.STAFF)).isPresent();
    }
}
