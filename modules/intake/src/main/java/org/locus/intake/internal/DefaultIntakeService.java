package org.locus.intake.internal;

import static org.locus.intake.internal.process.EngagementVariables.AGREEMENT_APPROVED;
import static org.locus.intake.internal.process.EngagementVariables.CAPACITY_AVAILABLE;
import static org.locus.intake.internal.process.EngagementVariables.ENGAGEMENT_ID;
import static org.locus.intake.internal.process.EngagementVariables.FIT_DECISION;
import static org.locus.intake.internal.process.EngagementVariables.FIT_REASON;
import static org.locus.intake.internal.process.EngagementVariables.FIT_RECOMMENDATION;
import static org.locus.intake.internal.process.EngagementVariables.FUNDING_AVAILABLE;
import static org.locus.intake.internal.process.EngagementVariables.PLACE_BASED;
import static org.locus.intake.internal.process.EngagementVariables.TOP_TEAM_INVOLVED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.locus.platform.api.transaction.UnitOfWork;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.EngagementHeadline;
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
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.UniqueViolation;
import org.locus.platform.api.error.ForbiddenException;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.error.NotFoundException;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.security.PeopleDirectory;
import org.locus.platform.api.security.Person;
import org.locus.platform.api.security.Roles;
import org.locus.platform.api.workflow.WorkTask;
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

    /** For the CDI proxy only. */
    protected DefaultIntakeService() {
        this(null, null, null, null, null, null);
    }

    @Inject
    DefaultIntakeService(Workflow workflow, Caller caller, PeopleDirectory people,
                         EngagementRepository engagements, PlaceDirectory places, Validator validator) {
        this.workflow = workflow;
        this.caller = caller;
        this.people = people;
        this.engagements = engagements;
        this.places = places;
        this.clock = Clock.systemUTC();
        this.validator = validator;
    }

    @Override
    public String logFirstContact(FirstContact contact) {
        validate(contact);
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
                leader, contact.presentingIssue(), contact.howHeard(), now, user.id());
        engagements.store(engagement);
        workflow.start(EngagementProcess.KEY, engagement.id(), Map.of(ENGAGEMENT_ID, engagement.id()));
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
    public Map<String, EngagementHeadline> headlines(Collection<String> engagementIds) {
        if (engagementIds == null || engagementIds.isEmpty()) {
            return Map.of();
        }
        return engagements.headlines(new LinkedHashSet<>(engagementIds)).stream()
                .collect(Collectors.toMap(EngagementHeadline::engagementId, Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public void assessFit(String taskId, FitAssessment assessment) {
        validate(assessment);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.ASSESS_FIT, user);
        engagement.assessFit(assessment.topTeamInvolved(), assessment.placeBased(), assessment.capacityAvailable(),
                assessment.fundingAvailable(), assessment.notes(), user.id(), clock.instant());
        workflow.complete(taskId, user, Map.of(
                TOP_TEAM_INVOLVED, assessment.topTeamInvolved(),
                PLACE_BASED, assessment.placeBased(),
                CAPACITY_AVAILABLE, assessment.capacityAvailable(),
                FUNDING_AVAILABLE, assessment.fundingAvailable()));
        engagements.flush();
    }

    @Override
    public void confirmFit(String taskId, FitConfirmation confirmation) {
        validate(confirmation);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.CONFIRM_FIT, user);
        // The business rule task decideFit left its recommendation on the process.
        FitDecision recommendation = workflow.variable(taskId, FIT_RECOMMENDATION)
                .map(String::valueOf).map(FitDecision::fromProcessValue).orElse(null);
        String reason = workflow.variable(taskId, FIT_REASON).map(String::valueOf).orElse(null);
        engagement.confirmFit(recommendation, reason, confirmation.decision(), confirmation.overrideReason(),
                confirmation.referredTo(), user.id(), clock.instant());
        workflow.complete(taskId, user, Map.of(FIT_DECISION, confirmation.decision().processValue()));
        engagements.flush();
    }

    @Override
    public void saveSponsors(String taskId, Scoping scoping) {
        validate(scoping);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.SCOPE_ENGAGEMENT, user);
        nameSponsors(engagement, scoping);
        engagements.flush();
    }

    @Override
    public void completeScoping(String taskId, Scoping scoping) {
        validate(scoping);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.SCOPE_ENGAGEMENT, user);
        nameSponsors(engagement, scoping);
        engagement.completeScoping();
        workflow.complete(taskId, user, Map.of());
        engagements.flush();
    }

    @Override
    public void draftAgreement(String taskId, AgreementDraft draft) {
        validate(draft);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.DRAFT_AGREEMENT, user);
        engagement.draftAgreement(draft.ambition(), draft.timeline(), draft.fundingSource(), draft.enablerDays(),
                draft.budget(), draft.politicalSignOff(), draft.managerialSignOff(), user.id(), clock.instant());
        workflow.complete(taskId, user, Map.of());
        engagements.flush();
    }

    @Override
    public void decideAgreement(String taskId, AgreementDecision decision) {
        validate(decision);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.APPROVE_AGREEMENT, user);
        engagement.decideAgreement(decision.approved(), decision.returnReason(), user.id(), clock.instant());
        workflow.complete(taskId, user, Map.of(AGREEMENT_APPROVED, decision.approved()));
        engagements.flush();
    }

    @Override
    public void assignTeam(String taskId, TeamAssignment assignment) {
        validate(assignment);
        CurrentUser user = caller.current();
        Engagement engagement = engagementAt(taskId, EngagementProcess.ASSIGN_TEAM, user);
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
        engagement.assignTeam(assignment.lead(), assignment.enablers());
        workflow.complete(taskId, user, Map.of());
        engagements.flush();
    }

    /**
     * The engagement of a task the user may work on now, provided it is the task this command completes.
     *
     * @throws ConflictException if the task is another one
     */
    private Engagement engagementAt(String taskId, String taskKey, CurrentUser user) {
        if (Names.isBlank(taskId)) {
            throw new NotFoundException("There is no task without an id. Open the task from your tasklist.");
        }
        WorkTask task = workflow.taskToWorkOn(taskId, user);
        if (!EngagementProcess.KEY.equals(task.processKey()) || !taskKey.equals(task.key())) {
            throw new ConflictException("This task is \u201c" + task.name() + "\u201d, not \u201c"
                    + EngagementProcess.INTAKE_TASKS.get(taskKey) + "\u201d.");
        }
        return engagements.get(task.businessKey());
    }

    /** Each sponsor named is a leader of the place: one already known by that name, or a new one on the sponsor's side. */
    private void nameSponsors(Engagement engagement, Scoping scoping) {
        engagement.nameSponsors(
                leaderFor(engagement.place(), scoping.politicalSponsor(), LeaderRole.POLITICAL),
                leaderFor(engagement.place(), scoping.managerialSponsor(), LeaderRole.MANAGERIAL));
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

    /**
     * Checks a command's Bean Validation constraints here, at the service's edge, whichever way it
     * arrives (form, API, another module), before any row is written.
     */
    private void validate(Object command) {
        if (command == null) {
            throw new InvalidRequestException("request", "Enter the details");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
