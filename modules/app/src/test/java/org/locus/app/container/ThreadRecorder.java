package org.locus.app.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A delegate for the job executor test: notes which thread ran it. Resolved by name through CDI, as the real ones are. */
@Named("threadRecorder")
@ApplicationScoped
public class ThreadRecorder implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("jobThread", Thread.currentThread().getName());
    }
}
