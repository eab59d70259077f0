package org.locus.platform.internal.engine;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs timers and async continuations on the container's managed threads instead of a thread pool
 * of the engine's own, so jobs see the container's naming, class loader and transaction manager.
 * The acquisition loop is one long-running managed task; each acquired batch is another.
 */
class ManagedThreadsJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;

    ManagedThreadsJobExecutor(ManagedExecutorService executor) {
        this.executor = executor;
        // A full executor runs the batch on the acquisition thread rather than dropping it.
        this.rejectedJobsHandler = new CallerRunsRejectedJobsHandler();
    }

    @Override
    protected void startExecutingJobs() {
        executor.execute(acquireJobsRunnable);
    }

    @Override
    protected void stopExecutingJobs() {
        // The acquisition loop ends when shutdown() stops it; the container owns the threads.
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
