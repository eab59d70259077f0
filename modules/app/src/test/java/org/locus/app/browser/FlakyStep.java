package org.locus.app.browser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step that fails its first three tries in each process (the engine's retries, so it becomes an
 * incident) and succeeds after that, as a step does once its cause is fixed: deployed only with the
 * managers' browser test, whose manager retries it from the incidents page.
 */
@Named("flakyStep")
@ApplicationScoped
public class FlakyStep implements JavaDelegate {

    static final int FAILURES = 3;

    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        int attempt = tries.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger()).incrementAndGet();
        if (attempt <= FAILURES) {
            throw new IllegalStateException("The finance system did not answer (try " + attempt + ")");
        }
    }
}
