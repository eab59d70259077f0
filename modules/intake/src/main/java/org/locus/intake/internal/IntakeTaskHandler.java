package org.locus.intake.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.intake.api.AgreementDecision;
import org.locus.intake.api.AgreementDraft;
import org.locus.intake.api.FitAssessment;
import org.locus.intake.api.FitConfirmation;
import org.locus.intake.api.IntakeService;
import org.locus.intake.api.Scoping;
import org.locus.intake.api.TeamAssignment;
import org.locus.intake.internal.process.IntakeProcess;
import org.locus.platform.api.workflow.TaskEndpoint;
import org.locus.platform.api.workflow.TaskHandler;

/**
 * Completes intake's six user tasks for API clients through the same service calls as the forms;
 * the JSON fields are the components of each values record ({@code topTeamInvolved},
 * {@code politicalSponsor.name}, ...). A task completed this way is completed in full, so scoping
 * needs both sponsors here (a form may save them one at a time).
 */
@ApplicationScoped
public class IntakeTaskHandler implements TaskHandler {

    private final IntakeService intake;

    /** For the CDI proxy only. */
    protected IntakeTaskHandler() {
        this(null);
    }

    @Inject
    IntakeTaskHandler(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public List<TaskEndpoint<?>> endpoints() {
        return List.of(
                TaskEndpoint.of(IntakeProcess.ASSESS_FIT, FitAssessment.class, intake::assessFit),
                TaskEndpoint.of(IntakeProcess.CONFIRM_FIT, FitConfirmation.class, intake::confirmFit),
                TaskEndpoint.of(IntakeProcess.SCOPE_ENGAGEMENT, Scoping.class, intake::completeScoping),
                TaskEndpoint.of(IntakeProcess.DRAFT_AGREEMENT, AgreementDraft.class, intake::draftAgreement),
                TaskEndpoint.of(IntakeProcess.APPROVE_AGREEMENT, AgreementDecision.class, intake::decideAgreement),
                TaskEndpoint.of(IntakeProcess.ASSIGN_TEAM, TeamAssignment.class, intake::assignTeam));
    }
}
