package org.locus.app.container;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.locus.intake.api.FirstContact;
import org.locus.intake.api.IntakeService;
import org.locus.platform.api.security.CurrentUser;
import org.locus.platform.api.workflow.Workflow;

/**
 * A unit of work that does real work through the modules' APIs and then fails, as a request would
 * when something breaks half-way. Only in the test deployment.
 */
@ApplicationScoped
@Transactional
public class FailingUnitOfWork {

    static final CurrentUser SAM = new CurrentUser("sam", Set.of("staff"));

    @Inject
    IntakeService intake;

    @Inject
    Workflow workflow;

    /** Writes the enquiry's rows and starts its process, then fails. Returns nothing: it never gets that far. */
    public void logFirstContactThenFail(FirstContact contact) {
        intake.logFirstContact(contact);
        throw new SimulatedFailure();
    }

    /** Completes a task and writes another engagement's rows, then fails. */
    public void completeTaskThenFail(String taskId, Map<String, Object> variables, FirstContact another) {
        workflow.complete(taskId, SAM, variables);
        intake.logFirstContact(another);
        throw new SimulatedFailure();
    }

    /** Thrown on purpose after the work is done, so the transaction must roll back. */
    public static class SimulatedFailure extends RuntimeException {

        SimulatedFailure() {
            super("Simulated failure after the work was done");
        }
    }
}
