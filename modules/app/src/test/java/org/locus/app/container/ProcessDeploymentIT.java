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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.platform.internal.engine.ProcessDeployer;

/**
 * The diagrams in bpmn/ are deployed at start only when they changed: a restart with the same files
 * adds no new version, a changed file adds exactly one.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessDeploymentIT {

    @Deployment
    static WebArchive deployment() {
        return LocusDeployment.withTestClasses(ProcessDeploymentIT.class);
    }

    @Inject
    RepositoryService repository;

    @Inject
    ProcessDeployer deployer;

    @Inject
    ServletContext war;

    @Test
    void deploysTheShippedDiagramsAtStart() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("engagement").latestVersion().count())
                .isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("intakeFit").latestVersion().count())
                .isEqualTo(1);
    }

    @Test
    void deploysNothingNewWhenNothingChanged() {
        long deployments = repository.createDeploymentQuery().count();
        int engagementVersion = latestVersionOf("engagement");

        boolean deployed = deployer.deployChanged(repository, war);

        assertThat(deployed).isFalse();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latestVersionOf("engagement")).isEqualTo(engagementVersion);
    }

    @Test
    void deploysAChangedDiagramAsOneNewVersion() {
        String key = "deploymentProbe" + UUID.randomUUID().toString().replace("-", "");
        ServletContext first = warWith("probe/" + key + ".bpmn", diagram(key, "First wording"));
        ServletContext changed = warWith("probe/" + key + ".bpmn", diagram(key, "Second wording"));

        assertThat(deployer.deployChanged(repository, first)).isTrue();
        assertThat(deployer.deployChanged(repository, first)).as("same file again").isFalse();
        assertThat(latestVersionOf(key)).isEqualTo(1);

        assertThat(deployer.deployChanged(repository, changed)).isTrue();
        assertThat(latestVersionOf(key)).isEqualTo(2);
    }

    private int latestVersionOf(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private static String diagram(String key, String taskName) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key)
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
