package org.locus.app.container;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step that fails while {@link #failing} is on, as a mail server that does not answer would: deployed
 * only with the incident test, which switches it off to stand for the fix before it retries.
 */
@Named("failingStep")
@ApplicationScoped
public class FailingStep implements JavaDelegate {

    private final AtomicBoolean failing = new AtomicBoolean(true);

    public void fail(boolean on) {
        failing.set(on);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (failing.get()) {
            throw new IllegalStateException("The mail server did not answer");
        }
        execution.setVariable("stepDone", true);
    }
}
