package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.platform.internal.engine.ProcessDeployer;

/**
 * A deployment made the way Camunda's REST API makes one for Camunda Modeler (its own name, source
 * "Camunda Modeler", changed resources only) does not break Locus's deployment-on-change: a process of
 * another id is left alone, and one of Locus's own ids, once overtaken, is deployed again from bpmn/ at
 * the next start, as the newest version, under Locus's deployment name.
 */
@ExtendWith(ArquillianExtension.class)
class ModelerDeploymentIT {

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(ModelerDeploymentIT.class);
    }

    @Inject
    RepositoryService repository;

    @Inject
    ProcessDeployer deployer;

    @Inject
    ServletContext war;

    @Test
    void aModelerDeploymentOfAnotherProcessChangesNothingForLocus() {
        String key = "modelerOwn" + UUID.randomUUID().toString().replace("-", "");
        modelerDeploys(key, "Its own process");

        assertThat(deployer.deployChanged(repository, war)).as("Locus's files unchanged").isFalse();
        assertThat(latest(key).getDeploymentId()).isEqualTo(repository.createDeploymentQuery()
                .deploymentSource("Camunda Modeler").deploymentName(key).singleResult().getId());
    }

    @Test
    void locusDeploysItsOwnFileAgainWhenAModelerDeploymentOvertookIt() {
        String key = "locusOwned" + UUID.randomUUID().toString().replace("-", "");
        ServletContext shipped = warWith("probe/" + key + ".bpmn", diagram(key, "As shipped"));
        assertThat(deployer.deployChanged(repository, shipped)).isTrue();

        modelerDeploys(key, "Hot-fixed through the REST API");
        assertThat(latest(key).getVersion()).isEqualTo(2);
        assertThat(nameOfDeployment(latest(key))).isEqualTo(key);

        assertThat(deployer.deployChanged(repository, shipped)).as("the next start").isTrue();
        assertThat(latest(key).getVersion()).isEqualTo(3);
        assertThat(nameOfDeployment(latest(key))).isEqualTo("locus");
        assertThat(latest(key).getResourceName()).isEqualTo("probe/" + key + ".bpmn");

        assertThat(deployer.deployChanged(repository, shipped)).as("a start after that").isFalse();
        assertThat(latest(key).getVersion()).isEqualTo(3);
    }

    private void modelerDeploys(String key, String taskName) {
        // What DeploymentRestServiceImpl.createDeployment does with Modeler's form fields.
        repository.createDeployment().name(key).source("Camunda Modeler").enableDuplicateFiltering(true)
                .addString(key + ".bpmn", diagram(key, taskName)).deploy();
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String nameOfDeployment(ProcessDefinition definition) {
        return repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getName();
    }

    private static String diagram(String key, String taskName) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("probeTask").name(taskName).endEvent().done());
    }

    /** A stand-in for the WAR's ServletContext that holds one file under /WEB-INF/bpmn/. */
    private static ServletContext warWith(String name, String content) {
        String path = "/WEB-INF/bpmn/" + name;
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        Map<String, Set<String>> listings = Map.of("/WEB-INF/bpmn/", Set.of(folder), folder, Set.of(path));
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(), new Class<?>[] {ServletContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResourcePaths" -> listings.get((String) args[0]);
                    case "getResourceAsStream" -> path.equals(args[0])
                            ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)) : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
