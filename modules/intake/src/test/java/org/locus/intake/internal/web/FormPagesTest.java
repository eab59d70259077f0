package org.locus.intake.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.locus.platform.api.web.TaskForm;

/**
 * Each task form's page and bean agree: the page is where the task's formKey says, it has the
 * one form the error messages point into, and every field the service can name has its component.
 */
class FormPagesTest {

    static List<TaskForm> forms() {
        return List.of(new AssessFitForm(), new ConfirmFitForm(), new ScopeEngagementForm(),
                new DraftAgreementForm(), new ApproveAgreementForm(), new AssignTeamForm());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void hasAPageWithOneFormAndAComponentForEveryField(TaskForm form) throws IOException {
        String page = page(formKeyOf(form));
        String bean = beanName(form);

        // The template gives the view parameter, the view action, the error summary, the header and the one form.
        assertThat(page).contains("template=\"/layout/task-form.xhtml\"");
        assertThat(page).contains("<ui:param name=\"form\" value=\"#{" + bean + "}\"/>");
        assertThat(count(page, "<h:form ")).isZero();
        for (String component : Map.copyOf(form.fieldComponents()).values()) {
            assertThat(page).as("component %s", component).contains("id=\"" + component + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void givesEachComponentItsOwnId(TaskForm form) throws IOException {
        String page = page(formKeyOf(form));
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
        List<String> seen = new java.util.ArrayList<>();
        while (ids.find()) {
            assertThat(seen).as("ids on %s", formKeyOf(form)).doesNotContain(ids.group(1));
            seen.add(ids.group(1));
        }
    }

    @Test
    void theFirstContactPageHasAComponentForEveryFieldOfTheFirstContact() throws IOException {
        String page = page("enquiries/new.xhtml");

        assertThat(count(page, "<h:form ")).isEqualTo(1);
        for (String field : List.of("placeName", "organisations", "contactName", "contactRole", "contactJobTitle",
                "contactOrganisation", "presentingIssue", "howHeard")) {
            assertThat(page).contains("id=\"" + field + "\"");
        }
        assertThat(count(page, "<h1")).isEqualTo(1);
    }

    @Test
    void leavesTheMainHeadingToTheTaskHeader() throws IOException {
        for (TaskForm form : forms()) {
            assertThat(count(page(formKeyOf(form)), "<h1")).isZero();
        }
    }

    @Test
    void readsOneOrganisationALine() {
        NewEnquiryForm form = new NewEnquiryForm();
        form.setOrganisations("Northshire County Council\r\n\n  NHS Northshire  \nNorthshire Police\n");

        assertThat(form.organisationList()).containsExactly("Northshire County Council", "NHS Northshire",
                "Northshire Police");
    }

    /** The formKey the diagram gives the task, such as intake/forms/assess-fit.xhtml. */
    static String formKeyOf(TaskForm form) {
        String kebab = form.task().taskKey().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        return "intake/forms/" + kebab + ".xhtml";
    }

    private static String beanName(TaskForm form) {
        String simple = form.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    static String page(String path) throws IOException {
        try (InputStream in = FormPagesTest.class.getResourceAsStream("/META-INF/resources/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
