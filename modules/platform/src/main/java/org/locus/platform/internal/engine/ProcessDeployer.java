package org.locus.platform.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * Deploys every diagram and decision that ships in the WAR under {@value #FOLDER} (copied there from
 * the project's {@code bpmn/} folder). Resources that have not changed since the last deployment are
 * filtered out, so a restart adds no new version.
 * <p>
 * Locus owns the processes and decisions it deploys. An admin may deploy one of them through Camunda's REST
 * API (Camunda Modeler, under another deployment name): it runs as the latest version until the next start,
 * when the file from {@code bpmn/} is deployed again as the newest version, even though it did not change, so
 * that what ships is what runs ({@link #restoreOvertaken}). Processes of other ids deployed that way are left alone.
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
            add(deployment, war, path);
        }
        long before = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        Deployment result = deployment.deploy();
        boolean created = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
        LOG.info(() -> created
                ? "Deployed changed processes and decisions as deployment " + result.getId()
                : "Processes and decisions unchanged (" + paths.size() + " files): no new deployment");
        return restoreOvertaken(repository, war, paths) || created;
    }

    /**
     * Deploys again, unfiltered, each of Locus's files whose process or decision has a newer version from
     * another deployment (one made through Camunda's REST API).
     *
     * @return true if a deployment was made
     */
    private boolean restoreOvertaken(RepositoryService repository, ServletContext war, Set<String> paths) {
        Set<String> ours = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list().stream()
                .map(Deployment::getId).collect(Collectors.toSet());
        Set<String> overtaken = new TreeSet<>();
        overtaken.addAll(overtakenResources(repository.createProcessDefinitionQuery().latestVersion().list(),
                repository.createProcessDefinitionQuery().list(), ours));
        overtaken.addAll(overtakenResources(repository.createDecisionDefinitionQuery().latestVersion().list(),
                repository.createDecisionDefinitionQuery().list(), ours));
        overtaken.removeIf(resource -> !paths.contains(FOLDER + resource));
        if (overtaken.isEmpty()) {
            return false;
        }
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
        for (String resource : overtaken) {
            add(deployment, war, FOLDER + resource);
        }
        Deployment result = deployment.deploy();
        LOG.warning(() -> "Deployed " + overtaken + " again as deployment " + result.getId()
                + ": a deployment through Camunda's REST API had made a newer version of a process Locus owns");
        return true;
    }

    /** The resources of Locus's definitions whose latest version came from a deployment that is not Locus's. */
    private static Set<String> overtakenResources(List<? extends ResourceDefinition> latest,
                                                  List<? extends ResourceDefinition> all, Set<String> ours) {
        Set<String> ownKeys = all.stream().filter(definition -> ours.contains(definition.getDeploymentId()))
                .map(ResourceDefinition::getKey).collect(Collectors.toSet());
        Set<String> overtakenKeys = latest.stream()
                .filter(definition -> ownKeys.contains(definition.getKey()) && !ours.contains(definition.getDeploymentId()))
                .map(ResourceDefinition::getKey).collect(Collectors.toSet());
        // The resource that holds the key in Locus's own newest version of it.
        return all.stream()
                .filter(definition -> overtakenKeys.contains(definition.getKey()) && ours.contains(definition.getDeploymentId()))
                .collect(Collectors.toMap(ResourceDefinition::getKey, definition -> definition,
                        (a, b) -> a.getVersion() >= b.getVersion() ? a : b))
                .values().stream().map(ResourceDefinition::getResourceName).collect(Collectors.toSet());
    }

    private static void add(DeploymentBuilder deployment, ServletContext war, String path) {
        try (InputStream in = war.getResourceAsStream(path)) {
            deployment.addInputStream(path.substring(FOLDER.length()), new ByteArrayInputStream(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
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
