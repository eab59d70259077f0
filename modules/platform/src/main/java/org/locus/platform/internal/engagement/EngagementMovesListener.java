package org.locus.platform.internal.engagement;

import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.locus.platform.api.engagement.EngagementMoved;
import org.locus.platform.api.engagement.EngagementStatus;
import org.locus.platform.api.engagement.Stage;

/** Announces, in the engine's transaction, that the map entered a stage or ended. */
class EngagementMovesListener implements ExecutionListener {

    private final Consumer<EngagementMoved> announce;
    private final Stage stage;
    private final EngagementStatus status;

    EngagementMovesListener(Consumer<EngagementMoved> announce, Stage stage, EngagementStatus status) {
        this.announce = announce;
        this.stage = stage;
        this.status = status;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String engagementId = execution.getProcessBusinessKey();
        if (engagementId == null) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId()
                    + " carries no engagement: its business key is not set");
        }
        // The engine's clock, so that tests which move it see the move at the time they set.
        announce.accept(new EngagementMoved(engagementId, stage, status, ClockUtil.getCurrentTime().toInstant()));
    }
}
