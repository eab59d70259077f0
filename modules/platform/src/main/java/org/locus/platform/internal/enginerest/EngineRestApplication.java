package org.locus.platform.internal.enginerest;

import java.util.HashSet;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's REST API at {@code /engine-rest} (its resources from {@code camunda-engine-rest-core-jakarta},
 * since the packaged {@code camunda-engine-rest-jakarta} stops at 7.23.0), so that Camunda Modeler can deploy
 * and Camunda's tools can read. Only admins reach it ({@code web.xml}); each call is one JTA transaction
 * ({@link EngineRestTransaction}).
 * <p>
 * The classes are listed, not scanned: a non-empty {@code getClasses} keeps Locus's own mappers, body checks
 * and JSON-B out of Camunda's API. The other way round, Camunda's jars ship outside the scanned
 * {@code WEB-INF/lib} (in {@code WEB-INF/lib/engine-rest/}, on the platform jar's manifest class path), so that
 * Locus's {@code /api}, which is built by scanning, never picks up Camunda's root resource (its path is "",
 * which would answer under {@code /api}), its catch-all exception mapper or Jackson's JSON provider.
 */
@ApplicationPath(EngineRestApplication.PATH)
public class EngineRestApplication extends Application {

    public static final String PATH = "engine-rest";

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
        classes.addAll(CamundaRestResources.getConfigurationClasses());
        return classes;
    }
}
