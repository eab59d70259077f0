package org.locus.intake.internal;

import static org.locus.intake.internal.process.EngagementProcess.APPROVE_AGREEMENT;
import static org.locus.intake.internal.process.EngagementProcess.ASSESS_FIT;
import static org.locus.intake.internal.process.EngagementProcess.ASSIGN_TEAM;
import static org.locus.intake.internal.process.EngagementProcess.CONFIRM_FIT;
import static org.locus.intake.internal.process.EngagementProcess.DRAFT_AGREEMENT;
import static org.locus.intake.internal.process.EngagementProcess.SCOPE_ENGAGEMENT;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Validator;

import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.FitDecision;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.SponsorDetails;
import org.locus.intake.api.TeamAssignment;
import org.locus.intake.internal.process.EngagementProcess;
import org.locus.platform.api.error.ConflictException;
import org.locus.platform.api.error.FieldErrors;
import org.locus.platform.api.error.InvalidRequestException;
import org.locus.platform.api.workflow.TaskHandler;
import org.locus.platform.api.workflow.WorkTask;

/**
 * Completes intake's six user tasks from the JSON an API client sends, through the same service
 * calls as the forms. Field names are those of the api records ({@code topTeamInvolved},
 * {@code politicalSponsor.name}, ...); a task completed this way is completed in full, so scoping
 * needs both sponsors here (a form may save them one at a time).
 */
@ApplicationScoped
public class IntakeTaskHandler implements TaskHandler {

    private final IntakeService intake;
    private final Validator validator;

    /** For the CDI proxy only. */
    protected IntakeTaskHandler() {
        this(null, null);
    }

    @Inject
    IntakeTaskHandler(IntakeService intake, Validator validator) {
        this.intake = intake;
        this.validator = validator;
    }

    @Override
    public Set<String> taskKeys() {
        return EngagementProcess.intakeTaskKeys();
    }

    @Override
    public void complete(WorkTask task, JsonObject values) {
        SubmittedValues submitted = new SubmittedValues(values);
        switch (task.key()) {
            case ASSESS_FIT -> intake.assessFit(task.id(), valid(submitted, fitAssessment(submitted)));
            case CONFIRM_FIT -> intake.confirmFit(task.id(), valid(submitted, fitConfirmation(submitted)));
            case SCOPE_ENGAGEMENT -> intake.completeScoping(task.id(), valid(submitted, scoping(submitted)));
            case DRAFT_AGREEMENT -> intake.draftAgreement(task.id(), valid(submitted, agreementDraft(submitted)));
            case APPROVE_AGREEMENT -> intake.decideAgreement(task.id(), valid(submitted, agreementDecision(submitted)));
            case ASSIGN_TEAM -> intake.assignTeam(task.id(), valid(submitted, teamAssignment(submitted)));
            default -> throw new ConflictException("Intake does not complete \u201c" + task.name() + "\u201d tasks.");
        }
    }

    static FitAssessment fitAssessment(SubmittedValues v) {
        return new FitAssessment(v.yesOrNo("topTeamInvolved"), v.yesOrNo("placeBased"),
                v.yesOrNo("capacityAvailable"), v.yesOrNo("fundingAvailable"), v.text("notes"));
    }

    static FitConfirmation fitConfirmation(SubmittedValues v) {
        return new FitConfirmation(v.choice("decision", IntakeTaskHandler::fitDecision, "accept or referElsewhere"),
                v.text("overrideReason"), v.text("referredTo"));
    }

    static Scoping scoping(SubmittedValues v) {
        return new Scoping(sponsor(v.object("politicalSponsor")), sponsor(v.object("managerialSponsor")));
    }

    static AgreementDraft agreementDraft(SubmittedValues v) {
        return new AgreementDraft(v.text("ambition"), v.text("timeline"), v.text("fundingSource"),
                v.wholeNumber("enablerDays"), v.amount("budget"),
                v.date("politicalSignOff"), v.date("managerialSignOff"));
    }

    static AgreementDecision agreementDecision(SubmittedValues v) {
        return new AgreementDecision(v.yesOrNo("approved"), v.text("returnReason"));
    }

    static TeamAssignment teamAssignment(SubmittedValues v) {
        return new TeamAssignment(v.text("lead"), v.texts("enablers"));
    }

    private static SponsorDetails sponsor(SubmittedValues v) {
        return v == null ? null : new SponsorDetails(v.text("name"), v.text("jobTitle"), v.text("organisation"));
    }

    /** "accept", "referElsewhere", or the enum's own names. */
    private static FitDecision fitDecision(String text) {
        for (FitDecision decision : FitDecision.values()) {
            if (decision.processValue().equalsIgnoreCase(text) || decision.name().equalsIgnoreCase(text)) {
                return decision;
            }
        }
        return null;
    }

    /**
     * @throws InvalidRequestException listing every field with a wrong type or a broken constraint
     */
    private <T> T valid(SubmittedValues submitted, T command) {
        Map<String, String> errors = new LinkedHashMap<>(submitted.errors());
        FieldErrors.of(validator.validate(command)).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some values are missing or wrong", errors);
        }
        return command;
    }
}
