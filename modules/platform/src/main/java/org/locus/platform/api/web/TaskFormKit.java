package org.locus.platform.api.web;

import java.io.Serializable;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.locus.platform.api.engagement.EngagementDirectory;
import org.locus.platform.api.security.Caller;
import org.locus.platform.api.workflow.Workflow;

/** What every task form works with, handed to {@link TaskForm} in one piece so each form's constructor stays short. */
@ApplicationScoped
public class TaskFormKit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Workflow workflow;
    private final Caller caller;
    private final FormSubmission submission;
    private final EngagementDirectory engagements;
    private final Clock clock;

    /** For the CDI proxy only. */
    protected TaskFormKit() {
        this(null, null, null, null, null);
    }

    @Inject
    public TaskFormKit(Workflow workflow, Caller caller, FormSubmission submission, EngagementDirectory engagements,
                       Clock clock) {
        this.workflow = workflow;
        this.caller = caller;
        this.submission = submission;
        this.engagements = engagements;
        this.clock = clock;
    }

    Workflow workflow() {
        return workflow;
    }

    Caller caller() {
        return caller;
    }

    FormSubmission submission() {
        return submission;
    }

    EngagementDirectory engagements() {
        return engagements;
    }

    Clock clock() {
        return clock;
    }
}
