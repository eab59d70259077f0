package org.locus.platform.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * Deploys every diagram and decision that ships in the WAR under {@value #FOLDER} (copied there from
 * the project's {@code bpmn/} folder). Resources that have not changed since the last deployment are
 * filtered out, so a restart adds no new version.
 */
@ApplicationScoped
public class ProcessDeployer {

    static final String FOLDER = "/WEB-INF/bpmn/";
    static final String DEPLOYMENT_NAME = "locus";

    private static final Logger LOG = Logger.getLogger(ProcessDeployer.class.getName());

    /**
     * Deploys the resources that changed since the last deployment.
     *
     * @return true if a new deployment was made, false if every resource was unchanged
     */
    public boolean deployChanged(RepositoryService repository, ServletContext war) {
        Set<String> paths = resourcePaths(war, FOLDER);
        if (paths.isEmpty()) {
            LOG.warning("No .bpmn or .dmn files found under " + FOLDER);
            return false;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (String path : paths) {
            try (InputStream in = war.getResourceAsStream(path)) {
                deployment.addInputStream(path.substring(FOLDER.length()), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        long before = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        Deployment result = deployment.deploy();
        boolean created = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
        LOG.info(() -> created
                ? "Deployed changed processes and decisions as deployment " + result.getId()
                : "Processes and decisions unchanged (" + paths.size() + " files): no new deployment");
        return created;
    }

    private static Set<String> resourcePaths(ServletContext war, String folder) {
        Set<String> found = new TreeSet<>();
        Set<String> entries = war.getResourcePaths(folder);
        if (entries == null) {
            return found;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                found.addAll(resourcePaths(war, entry));
            } else if (entry.endsWith(".bpmn") || entry.endsWith(".dmn")) {
                found.add(entry);
            }
        }
        return found;
    }
}
