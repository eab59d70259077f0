package org.locus.intake.internal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the facts intake's delegates need from an execution. */
final class ProcessFacts {

    private ProcessFacts() {
    }

    /** The engagement the process carries: its variable, or else its business key (the same id). */
    static String engagementId(DelegateExecution execution) {
        Object id = execution.getVariable(EngagementVariables.ENGAGEMENT_ID);
        if (id instanceof String engagementId && !engagementId.isBlank()) {
            return engagementId;
        }
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId()
                    + " carries no engagement: neither the variable " + EngagementVariables.ENGAGEMENT_ID
                    + " nor a business key is set");
        }
        return businessKey;
    }
}
