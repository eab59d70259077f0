package org.locus.platform.api.workflow;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.locus.platform.api.security.Caller;

/**
 * Hands a stage's service its task command skeleton ({@link TaskCommand}), once, for the record
 * that stage keeps of an engagement.
 */
@ApplicationScoped
public class TaskCommands {

    private final Workflow workflow;
    private final Caller caller;
    private final Validator validator;
    private final Clock clock;
    private final Instance<SubmittingForm> submittingForm;

    /** For the CDI proxy only. */
    protected TaskCommands() {
        this(null, null, null, null, null);
    }

    @Inject
    public TaskCommands(Workflow workflow, Caller caller, Validator validator, Clock clock,
                        Instance<SubmittingForm> submittingForm) {
        this.workflow = workflow;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
        this.submittingForm = submittingForm;
    }

    /**
     * @param recordOfEngagement loads the stage's record of an engagement by its id (the task's business key)
     * @param flush              writes the stage's changes now, so that a broken constraint is this request's error
     */
    public <R> TaskCommand<R> over(Function<String, R> recordOfEngagement, Runnable flush) {
        return new TaskCommand<>(workflow, caller, validator, clock, recordOfEngagement, flush, this::formComponents);
    }

    /** The components of the form sending this request's command; none for an API client or work with no request. */
    private Map<String, String> formComponents() {
        try {
            return submittingForm.get().components();
        } catch (ContextNotActiveException noRequest) {
            // Work run at start (the demo data) has no request, and no form either.
            return Map.of();
        }
    }
}
