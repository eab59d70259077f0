package org.locus.platform.internal.enginerest;

import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.locus.platform.internal.engine.ProcessEngineLifecycle;

/**
 * Hands Camunda's REST resources the platform's one engine. Camunda finds this class through
 * {@code META-INF/services} and makes it with its no-argument constructor, outside CDI, so it asks CDI for
 * the engine's lifecycle on every call rather than keeping the engine anywhere of its own: a restarted
 * engine is always the one answered with. The engine is known by its name ({@code locus}) and as
 * {@code default}, the name Camunda's clients use when they name none.
 */
public class LocusProcessEngineProvider implements ProcessEngineProvider {

    static final String DEFAULT_NAME = "default";

    @Override
    public ProcessEngine getDefaultProcessEngine() {
        return engine();
    }

    @Override
    public ProcessEngine getProcessEngine(String name) {
        ProcessEngine engine = engine();
        return DEFAULT_NAME.equals(name) || engine.getName().equals(name) ? engine : null;
    }

    @Override
    public Set<String> getProcessEngineNames() {
        return Set.of(engine().getName());
    }

    private static ProcessEngine engine() {
        return CDI.current().select(ProcessEngineLifecycle.class).get().engine();
    }
}
