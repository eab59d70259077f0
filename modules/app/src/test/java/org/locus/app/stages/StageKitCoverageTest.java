package org.locus.app.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locus.platform.api.web.TaskForm;
import org.locus.platform.api.workflow.TaskEndpoint;
import org.locus.platform.api.workflow.TaskHandler;
import org.locus.platform.api.workflow.UserTaskKey;
import org.locus.web.rest.TaskResource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every user task in {@code bpmn/} can be worked on both ways, exactly once: one API endpoint (a
 * {@link TaskHandler}'s) and one form (a {@link TaskForm} bean whose page is at the task's form key),
 * and the API's document names the values each endpoint takes. A new stage that forgets a task, or
 * completes one twice, fails here rather than in front of a user.
 */
class StageKitCoverageTest {

    private static List<DiagramTask> tasks;
    private static List<TaskEndpoint<?>> endpoints;
    private static List<TaskForm> forms;

    record DiagramTask(UserTaskKey key, String formKey) {
    }

    @BeforeAll
    static void readDiagramsAndModules() throws Exception {
        tasks = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../../bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance diagram = Bpmn.readModelFromFile(file.toFile());
                for (Process process : diagram.getModelElementsByType(Process.class)) {
                    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                        tasks.add(new DiagramTask(new UserTaskKey(process.getId(), task.getId()), task.getCamundaFormKey()));
                    }
                }
            }
        }
        List<Class<?>> locus = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.locus").stream()
                .filter(type -> !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .filter(type -> !type.isInterface())
                .toList();
        endpoints = locus.stream().filter(TaskHandler.class::isAssignableFrom)
                .map(type -> (TaskHandler) withoutServices(type))
                .flatMap(handler -> handler.endpoints().stream())
                .toList();
        forms = locus.stream().filter(TaskForm.class::isAssignableFrom)
                .map(type -> (TaskForm) withoutServices(type))
                .toList();
    }

    @Test
    void findsTheStagesTasks() {
        assertThat(tasks).extracting(task -> task.key().processKey()).contains("intake");
    }

    @Test
    void completesEveryUserTaskThroughExactlyOneEndpoint() {
        Map<UserTaskKey, Long> endpointsPerTask = endpoints.stream()
                .collect(Collectors.groupingBy(TaskEndpoint::task, Collectors.counting()));

        for (DiagramTask task : tasks) {
            assertThat(endpointsPerTask.get(task.key())).as("endpoints completing %s", task.key()).isEqualTo(1L);
        }
        assertThat(endpointsPerTask.keySet()).as("endpoints for tasks no diagram has")
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(DiagramTask::key).toList());
    }

    @Test
    void offersEveryUserTaskExactlyOneFormOnThePageItsFormKeyNames() throws IOException {
        Map<UserTaskKey, List<TaskForm>> formsPerTask = forms.stream().collect(Collectors.groupingBy(TaskForm::task));

        for (DiagramTask task : tasks) {
            List<TaskForm> beans = formsPerTask.getOrDefault(task.key(), List.of());
            assertThat(beans).as("form beans completing %s", task.key()).hasSize(1);
            assertThat(task.formKey()).as("form key of %s", task.key()).isNotBlank();
            assertThat(page(task.formKey())).as("page %s", task.formKey())
                    .contains("template=\"/layout/task-form.xhtml\"")
                    .contains("<ui:param name=\"form\" value=\"#{" + beanName(beans.get(0).getClass()) + "}\"/>");
        }
        assertThat(tasks).extracting(DiagramTask::formKey).doesNotHaveDuplicates();
        assertThat(formsPerTask.keySet()).as("forms for tasks no diagram has")
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(DiagramTask::key).toList());
    }

    @Test
    void documentsTheValuesOfEveryEndpointInTheApi() throws NoSuchMethodException {
        Method complete = Arrays.stream(TaskResource.class.getMethods()).filter(m -> m.getName().equals("complete"))
                .findFirst().orElseThrow();
        RequestBody body = complete.getAnnotation(RequestBody.class);

        assertThat(body.content()[0].schema().oneOf()).as("the schemas POST /api/tasks/{id}/complete names")
                .containsExactlyInAnyOrderElementsOf(endpoints.stream().map(TaskEndpoint::values).distinct()
                        .map(type -> (Class<?>) type).toList());
    }

    private static String page(String formKey) throws IOException {
        try (InputStream in = StageKitCoverageTest.class.getResourceAsStream("/META-INF/resources/" + formKey)) {
            assertThat(in).as("page " + formKey).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String beanName(Class<?> form) {
        Named named = form.getAnnotation(Named.class);
        if (named != null && !named.value().isEmpty()) {
            return named.value();
        }
        return Character.toLowerCase(form.getSimpleName().charAt(0)) + form.getSimpleName().substring(1);
    }

    /**
     * The bean made through its injecting constructor, with a do-nothing stand-in for each service
     * it takes: enough to ask which tasks it serves, never to serve one.
     */
    private static Object withoutServices(Class<?> type) {
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " has no @Inject constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(standIn()).toArray();
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot make " + type, e);
        }
    }

    private static Function<Class<?>, Object> standIn() {
        return parameter -> parameter.isInterface() && !Modifier.isFinal(parameter.getModifiers())
                ? Proxy.newProxyInstance(parameter.getClassLoader(), new Class<?>[] {parameter}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("Only the tasks a bean serves are asked for here");
                })
                : null;
    }
}
