package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.catalogue.HtmlForm;
import org.locus.app.catalogue.Leaks;

/**
 * Cross-site request forgery, form by form: every state-changing form the catalogue finds (each page
 * opened by a person in the right role, a task form with its own task) is posted as that person, in
 * that person's session, (a) without its token (Faces' view state; sign-out's own) and (b) with it but from another origin. Each must
 * be refused with a 403 a person can read, and write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfPerFormIT {

    static final String EVIL = "https://evil.example";
    /** What proves a post came from its own page: Faces' view state, or the sign-out form's token. */
    private static final Set<String> TOKENS = Set.of(HtmlForm.VIEW_STATE, "token");

    private final LocusClient locus = LocusClient.forTestServer();
    private final RowCounts rows = new RowCounts(locus);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war().addClasses(TableCountsResource.class);
    }

    @Test
    void everyStateChangingFormRefusesAPostWithoutItsTokenOrFromAnotherOrigin() {
        Catalogue catalogue = new Catalogue(locus);
        List<Catalogue.Found> forms = catalogue.stateChangingForms();
        assertThat(forms).as("state-changing forms found").hasSizeGreaterThanOrEqualTo(15);

        List<String> faults = new ArrayList<>();
        for (Catalogue.Found found : forms) {
            check(found, "without its token", values -> TOKENS.forEach(values::remove), null, faults);
            check(found, "from " + EVIL, values -> { }, EVIL, faults);
        }
        faults.forEach(System.out::println);
        assertThat(faults).as("forms that took a forged post (%d forms, two posts each)", forms.size()).isEmpty();
    }

    /** Opens the form afresh in a session of its own, posts it as changed, and judges the answer. */
    private void check(Catalogue.Found found, String how, java.util.function.Consumer<Map<String, String>> forge, String origin,
                       List<String> faults) {
        PageClient person = PageClient.of(locus, found.visit().user());
        Catalogue.Opened opened = found.visit().open().get();
        HtmlForm form = HtmlForm.in(found.form().page(), person.get(opened.url()).body()).stream()
                .filter(f -> f.id().equals(found.form().id())).findFirst().orElse(null);
        if (form == null) {
            faults.add(found + ": not on its page when opened again");
            return;
        }
        Map<String, String> values = form.values(opened.fixture() == null ? form.submit() : buttonFor(form, opened.fixture()));
        signInValues(form, values);
        forge.accept(values);
        Map<String, Long> before = rows.now();
        HttpResponse<String> answer = person.post(form.action(), values, origin == null ? person.ownOrigin() : origin);
        Map<String, String> changed = RowCounts.changed(before, rows.now());
        String what = found + " " + how + " -> " + answer.statusCode();
        if (answer.statusCode() != 403) {
            faults.add(what + " (not 403)" + (changed.isEmpty() ? "" : ", wrote " + changed));
        } else if (!answer.body().contains("<h1") || !Leaks.in(answer.body()).isEmpty()) {
            faults.add(what + ": not a page a person can read, or it leaks " + Leaks.in(answer.body()));
        } else if (!changed.isEmpty()) {
            faults.add(what + " but wrote " + changed);
        }
    }

    /** A list's row for the fixture's own task (the tasklist), else the form's first button. */
    private static HtmlForm.Button buttonFor(HtmlForm form, Journeys.Waiting fixture) {
        HtmlForm.Button button = form.buttonFor(fixture.taskId());
        return button == null ? form.submit() : button;
    }

    /** The sign-in form with right credentials, so that a forged sign-in would succeed and a failure is never counted. */
    private static void signInValues(HtmlForm form, Map<String, String> values) {
        for (HtmlForm.Field field : form.fields()) {
            if (field.kind().equals("password")) {
                values.put(field.name(), LocusClient.DEMO_PASSWORD);
            } else if (form.page().equals("/login.xhtml") && field.kind().equals("text")) {
                values.put(field.name(), "sam");
            }
        }
    }
}
