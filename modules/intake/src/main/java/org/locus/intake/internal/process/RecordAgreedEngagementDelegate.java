package org.locus.intake.internal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.locus.intake.internal.EngagementRepository;

/**
 * Service task {@code recordAgreedEngagement}: the agreement is approved and the team assigned,
 * so the engagement is marked agreed. Runs inside the engine's transaction, on a request or a job thread.
 */
@Named("recordAgreedEngagement")
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordAgreedEngagementDelegate implements JavaDelegate {

    private final EngagementRepository engagements;

    /** For the CDI proxy only. */
    protected RecordAgreedEngagementDelegate() {
        this(null);
    }

    @Inject
    RecordAgreedEngagementDelegate(EngagementRepository engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.get(ProcessFacts.engagementId(execution)).recordAgreed();
    }
}
