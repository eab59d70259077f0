package org.locus.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Modules meet only through each other's api packages, and the engine only through the platform. */
class ModuleBoundariesTest {

    private static final JavaClasses LOCUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.locus");

    static List<String> modules() {
        return List.of("platform", "intake", "diagnostic", "intervention", "evaluation", "web");
    }

    static List<String> domainModules() {
        return List.of("intake", "diagnostic", "intervention", "evaluation");
    }

    @Test
    void hasNoCyclesBetweenModules() {
        slices().matching("org.locus.(*)..").should().beFreeOfCycles().check(LOCUS);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void keepsEachModulesInternalsToItself(String module) {
        noClasses().that().resideOutsideOfPackage("org.locus." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("org.locus." + module + ".internal..")
                .allowEmptyShould(true)
                .because("other modules use only the api package of " + module)
                .check(LOCUS);
    }

    @ParameterizedTest
    @MethodSource("domainModules")
    void seesTheEngineOnlyThroughThePlatformsWorkflowApi(String module) {
        noClasses().that().resideInAPackage("org.locus." + module + "..")
                .should().dependOnClassesThat(resideInAPackage("org.camunda..")
                        .and(not(resideInAPackage("org.camunda.bpm.engine.delegate.."))))
                .orShould().dependOnClassesThat().resideInAPackage("org.locus.web..")
                .allowEmptyShould(true)
                .because("a module meets the process through org.locus.platform.api.workflow, and the BPMN "
                        + "calls it back only through the engine's delegate interfaces")
                .check(LOCUS);
    }

    @Test
    void resolvesDelegatesAsApplicationOrDependentBeans() {
        classes().that().implement(JavaDelegate.class).and().resideInAPackage("org.locus..")
                .should(beAnnotatedWith(Named.class).and(
                        beAnnotatedWith(ApplicationScoped.class).or(beAnnotatedWith(Dependent.class))))
                .because("delegates run on job executor threads too, where there is no request scope")
                // A stage may have no delegate of its own (the map moves stage and status, not delegates).
                .allowEmptyShould(true)
                .check(LOCUS);
    }

    @Test
    void namesTheRolesOfEveryRestOperation() {
        methods().that().areAnnotatedWith(GET.class)
                .or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(DELETE.class)
                .or().areAnnotatedWith(PATCH.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .because("every endpoint names its roles; anything unnamed is denied")
                .check(LOCUS);
    }
}
