package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Timers and async continuations fire on the container's managed threads, and delegate
 * expressions resolve CDI beans there too (where no request scope exists).
 */
@ExtendWith(ArquillianExtension.class)
class JobExecutorIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(ThreadRecorder.class, JobExecutorIT.class);
    }

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Test
    void runsTimersAndAsyncContinuationsOnManagedThreads() throws InterruptedException {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("jobExecutorProbe")
                .startEvent()
                .intermediateCatchEvent("waitASecond").timerWithDuration("PT1S")
                .serviceTask("recordThread").camundaAsyncBefore().camundaDelegateExpression("${threadRecorder}")
                .endEvent()
                .done();
        repository.createDeployment().name("job-executor-probe").addModelInstance("jobExecutorProbe.bpmn", probe).deploy();

        String id = runtime.startProcessInstanceByKey("jobExecutorProbe").getId();

        HistoricProcessInstance finished = awaitEnd(id);
        assertThat(finished.getEndTime()).isNotNull();
        HistoricVariableInstance thread = history.createHistoricVariableInstanceQuery()
                .processInstanceId(id).variableName("jobThread").singleResult();
        assertThat((String) thread.getValue())
                .as("the job ran on one of Liberty's managed executor threads")
                .startsWith("Default Executor-thread-");
    }

    private HistoricProcessInstance awaitEnd(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(id).singleResult();
            if (instance.getEndTime() != null) {
                return instance;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The probe process did not finish within " + PATIENCE);
    }
}
