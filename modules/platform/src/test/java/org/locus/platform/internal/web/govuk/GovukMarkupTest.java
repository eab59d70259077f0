package org.locus.platform.internal.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locus.platform.internal.web.govuk.Fixtures.Fixture;
import org.locus.platform.internal.web.govuk.GovukMarkup.Choice;
import org.locus.platform.internal.web.govuk.GovukMarkup.DateFields;
import org.locus.platform.internal.web.govuk.GovukMarkup.DatePart;
import org.locus.platform.internal.web.govuk.GovukMarkup.ErrorLink;
import org.locus.platform.internal.web.govuk.GovukMarkup.Field;

/**
 * Our markup against GOV.UK Frontend's own: each test takes one of its fixtures (the options given to
 * the Nunjucks macro and the HTML it wrote), renders the same options, and compares the two as a
 * browser would read them (tags, attributes, text; not whitespace or attribute order).
 */
class GovukMarkupTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "without links", "mixed with and without links"})
    void errorSummaryMatchesGovukFixture(String name) {
        Fixture fixture = Fixtures.of("error-summary", name);
        List<ErrorLink> errors = fixture.list("errorList").stream()
                .map(error -> new ErrorLink(Fixtures.text(error, "text"), Fixtures.text(error, "href")))
                .toList();

        assertSameMarkup(GovukMarkup.errorSummary(errors), fixture.html());
    }

    @Test
    void errorSummaryIsNothingWithoutErrors() {
        assertThat(GovukMarkup.errorSummary(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "with hint text", "with error message", "with error and hint",
            "with width-2 class", "with width-20 class", "with autocomplete attribute", "value", "inputmode"})
    void inputMatchesGovukFixture(String name) {
        Fixture fixture = Fixtures.of("input", name);
        String classes = fixture.text("classes");
        String width = classes == null ? null : classes.replace("govuk-input--width-", "");

        String html = GovukMarkup.input(field(fixture), fixture.text("type"), fixture.text("value"), width,
                fixture.text("autocomplete"), fixture.text("inputmode"));

        assertSameMarkup(html, fixture.html());
    }

    @Test
    void inputWidthIsACharacterCountOrAFractionOfTheColumn() {
        assertThat(GovukMarkup.widthClass("20")).isEqualTo("govuk-input--width-20");
        assertThat(GovukMarkup.widthClass("one-half")).isEqualTo("govuk-!-width-one-half");
        assertThat(GovukMarkup.widthClass(" ")).isNull();
    }

    @Test
    void inputEscapesWhatWasTyped() {
        Field field = new Field("f:name:field", "f:name:field", "Name", null, null);

        String html = GovukMarkup.input(field, "text", "\"><script>alert(1)</script>", null, null, null);

        assertThat(html).doesNotContain("<script>").contains("value=\"&quot;&gt;&lt;script&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "with hint", "with error message", "with hint and error message", "with default value"})
    void textareaMatchesGovukFixture(String name) {
        Fixture fixture = Fixtures.of("textarea", name);

        assertSameMarkup(GovukMarkup.textarea(field(fixture), fixture.text("value"), 5), fixture.html());
    }

    @Test
    void textareaKeepsALeadingNewline() {
        String html = GovukMarkup.textarea(new Field("a", "a", "A", null, null), "\nfirst line", 5);

        assertThat(html).contains("rows=\"5\">\n\nfirst line</textarea>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with hint text and error message", "error"})
    void selectMatchesGovukFixture(String name) {
        Fixture fixture = Fixtures.of("select", name);
        String selectedValue = fixture.text("value");

        assertSameMarkup(GovukMarkup.select(field(fixture), choices(fixture, selectedValue)), fixture.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "with hint", "inline", "with fieldset and error message", "with hint and error message"})
    void radiosMatchGovukFixture(String name) {
        Fixture fixture = Fixtures.of("radios", name);
        boolean inline = "govuk-radios--inline".equals(fixture.text("classes"));

        assertSameMarkup(GovukMarkup.radios(field(fixture), choices(fixture, null), inline), fixture.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "with hint", "with error message and hint"})
    void checkboxesMatchGovukFixture(String name) {
        Fixture fixture = Fixtures.of("checkboxes", name);

        assertSameMarkup(GovukMarkup.checkboxes(field(fixture), choices(fixture, null)), fixture.html());
    }

    /**
     * The one planned difference: the day field carries the id (GOV.UK gives it to the wrapper and
     * names the day field {@code <id>-day}), so an error summary's link to the id lands in a field.
     */
    @Test
    void dateInputMatchesGovukFixtureWithTheIdOnTheDayField() {
        Fixture fixture = Fixtures.of("date-input", "with error on day input");
        String id = fixture.text("id");
        String expected = fixture.html()
                .replace("class=\"govuk-date-input\" id=\"" + id + "\"", "class=\"govuk-date-input\"")
                .replace("\"" + id + "-day\"", "\"" + id + "\"")
                .replace("name=\"" + id + "\"", "name=\"" + id + "-day\"");
        Field field = new Field(id, id, legend(fixture), fixture.text("hint"), fixture.text("errorMessage"));

        String html = GovukMarkup.dateInput(field, new DateFields(null, null, null, Set.of(DatePart.DAY)));

        assertSameMarkup(html, expected);
    }

    @Test
    void dateInputShowsWhatWasTyped() {
        Field field = new Field("f:signedOff:field", "f:signedOff:field", "When did they sign off?", null,
                "Date they signed off must be a real date");

        String html = GovukMarkup.dateInput(field, new DateFields("31", "2", "2026", Set.of(DatePart.values())));

        assertThat(html)
                .contains("id=\"f:signedOff:field\" name=\"f:signedOff:field-day\" type=\"text\" value=\"31\"")
                .contains("name=\"f:signedOff:field-month\" type=\"text\" value=\"2\"")
                .contains("name=\"f:signedOff:field-year\" type=\"text\" value=\"2026\"")
                .contains("aria-describedby=\"f:signedOff:field-error\"");
    }

    private static Field field(Fixture fixture) {
        String name = fixture.text("name");
        String id = fixture.text(fixture.options().containsKey("idPrefix") ? "idPrefix" : "id");
        String label = fixture.options().containsKey("fieldset") ? legend(fixture) : fixture.text("label");
        return new Field(id == null ? name : id, name, label, fixture.text("hint"), fixture.text("errorMessage"));
    }

    private static String legend(Fixture fixture) {
        return Fixtures.text(fixture.object("fieldset"), "legend");
    }

    private static List<Choice> choices(Fixture fixture, String selectedValue) {
        return fixture.list("items").stream()
                .map(item -> {
                    String value = Fixtures.text(item, "value");
                    boolean checked = item.getBoolean("checked", false) || item.getBoolean("selected", false)
                            || value != null && value.equals(selectedValue);
                    return new Choice(value, Fixtures.text(item, "text"), checked);
                })
                .toList();
    }

    private static void assertSameMarkup(String ours, String govuk) {
        assertThat(Markup.canonical(ours)).containsExactlyElementsOf(Markup.canonical(govuk));
    }
}
