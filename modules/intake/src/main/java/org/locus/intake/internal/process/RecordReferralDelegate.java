package org.locus.intake.internal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.locus.intake.internal.EngagementRepository;

/**
 * Service task {@code recordReferral}: staff decided to refer the place elsewhere, so the
 * engagement is marked referred. Runs inside the engine's transaction, on a request or a job thread.
 */
@Named("recordReferral")
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordReferralDelegate implements JavaDelegate {

    private final EngagementRepository engagements;

    /** For the CDI proxy only. */
    protected RecordReferralDelegate() {
        this(null);
    }

    @Inject
    RecordReferralDelegate(EngagementRepository engagements) {
        this.engagements = engagements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        engagements.get(ProcessFacts.engagementId(execution)).recordReferral();
    }
}
