package org.locus.platform.internal.web.govuk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The markup of the GOV.UK form components, as GOV.UK Frontend's Nunjucks macros write it (their
 * {@code fixtures.json} is the test of this class). Kept apart from Faces so that it can be checked
 * without a container; the Faces components only gather the values and hand them here.
 *
 * <p>Ids follow GOV.UK's conventions from one id per field: the hint is {@code <id>-hint}, the
 * error message {@code <id>-error}, the second radio or checkbox {@code <id>-2}. The one departure:
 * in a date input the day field itself carries the id (GOV.UK gives it to the wrapper), so that an
 * error summary link to the id lands in the first field, as GOV.UK asks.
 */
public final class GovukMarkup {

    /**
     * What every field has.
     *
     * @param id    the id of the field's (first) control, also the base of the hint and error ids
     * @param name  the request parameter name
     * @param label the label, or the legend of a group of controls
     * @param hint  the hint, or null
     * @param error the error message, or null when the field is fine
     */
    public record Field(String id, String name, String label, String hint, String error) {

        boolean hasError() {
            return error != null && !error.isBlank();
        }

        boolean hasHint() {
            return hint != null && !hint.isBlank();
        }

        String hintId() {
            return id + "-hint";
        }

        String errorId() {
            return id + "-error";
        }

        /** The ids that describe the control: the hint first, then the error, or null if neither. */
        String describedBy() {
            List<String> ids = new ArrayList<>(2);
            if (hasHint()) {
                ids.add(hintId());
            }
            if (hasError()) {
                ids.add(errorId());
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** One radio, checkbox or select option. */
    public record Choice(String value, String text, boolean checked) {
    }

    /** One line of an error summary; {@code href} is null for an error that belongs to no field. */
    public record ErrorLink(String text, String href) {
    }

    /** The three parts of a date as typed, and which of them are wrong. */
    public record DateFields(String day, String month, String year, Set<DatePart> errors) {

        public DateFields {
            errors = Set.copyOf(errors);
        }
    }

    public enum DatePart { DAY, MONTH, YEAR }

    private GovukMarkup() {
    }

    /** Nothing at all when there are no errors, so a page can always include the summary. */
    public static String errorSummary(List<ErrorLink> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        HtmlWriter html = new HtmlWriter()
                .open("div", "class", "govuk-error-summary", "data-module", "govuk-error-summary")
                .open("div", "role", "alert")
                .element("h2", "There is a problem", "class", "govuk-error-summary__title")
                .open("div", "class", "govuk-error-summary__body")
                .open("ul", "class", "govuk-list govuk-error-summary__list");
        for (ErrorLink error : errors) {
            html.open("li");
            if (error.href() == null) {
                html.text(error.text());
            } else {
                html.element("a", error.text(), "href", error.href());
            }
            html.close("li");
        }
        return html.close("ul").close("div").close("div").close("div").toString();
    }

    /**
     * @param width a GOV.UK width: a number of characters ({@code "20"} gives {@code govuk-input--width-20})
     *              or a fraction of the column ({@code "one-half"} gives {@code govuk-!-width-one-half})
     */
    public static String input(Field field, String type, String value, String width, String autocomplete,
                               String inputmode) {
        return input(field, type, value, width, autocomplete, inputmode, List.of());
    }

    /**
     * As above, with suggestions the browser offers as the person types (an HTML {@code datalist}):
     * known names to choose from, while anything else can still be typed.
     */
    public static String input(Field field, String type, String value, String width, String autocomplete,
                               String inputmode, List<String> suggestions) {
        String listId = suggestions.isEmpty() ? null : field.id() + "-suggestions";
        HtmlWriter html = formGroup(field);
        label(html, field, "govuk-label");
        hintAndError(html, field);
        html.open("input",
                "class", classes("govuk-input", widthClass(width), field.hasError() ? "govuk-input--error" : null),
                "id", field.id(),
                "name", field.name(),
                "type", blankToNull(type) == null ? "text" : type,
                "value", blankToNull(value),
                "aria-describedby", field.describedBy(),
                "autocomplete", blankToNull(autocomplete),
                "inputmode", blankToNull(inputmode),
                "list", listId);
        if (listId != null) {
            html.open("datalist", "id", listId);
            suggestions.forEach(suggestion -> html.open("option", "value", suggestion).close("option"));
            html.close("datalist");
        }
        return html.close("div").toString();
    }

    public static String textarea(Field field, String value, int rows) {
        HtmlWriter html = formGroup(field);
        label(html, field, "govuk-label");
        hintAndError(html, field);
        html.open("textarea",
                "class", classes("govuk-textarea", field.hasError() ? "govuk-textarea--error" : null),
                "id", field.id(),
                "name", field.name(),
                "rows", String.valueOf(rows),
                "aria-describedby", field.describedBy());
        if (value != null) {
            // A browser drops one newline straight after <textarea>: give it one to drop.
            html.text(value.startsWith("\n") ? "\n" + value : value);
        }
        return html.close("textarea").close("div").toString();
    }

    public static String select(Field field, List<Choice> options) {
        HtmlWriter html = formGroup(field);
        label(html, field, "govuk-label");
        hintAndError(html, field);
        html.open("select",
                "class", classes("govuk-select", field.hasError() ? "govuk-select--error" : null),
                "id", field.id(),
                "name", field.name(),
                "aria-describedby", field.describedBy());
        for (Choice option : options) {
            html.open("option", "value", option.value(), "selected", option.checked() ? "" : null)
                    .text(option.text())
                    .close("option");
        }
        return html.close("select").close("div").toString();
    }

    public static String radios(Field field, List<Choice> items, boolean inline) {
        return choices(field, items, "radio", "govuk-radios", inline ? "govuk-radios--inline" : null);
    }

    public static String checkboxes(Field field, List<Choice> items) {
        return choices(field, items, "checkbox", "govuk-checkboxes", null);
    }

    /** A date as three fields, named {@code <name>-day}, {@code <name>-month} and {@code <name>-year}. */
    public static String dateInput(Field field, DateFields date) {
        HtmlWriter html = formGroup(field);
        html.open("fieldset", "class", "govuk-fieldset", "role", "group", "aria-describedby", field.describedBy());
        legend(html, field);
        hintAndError(html, field);
        html.open("div", "class", "govuk-date-input");
        dateItem(html, field, date, DatePart.DAY, field.id(), "Day", date.day(), "govuk-input--width-2");
        dateItem(html, field, date, DatePart.MONTH, field.id() + "-month", "Month", date.month(), "govuk-input--width-2");
        dateItem(html, field, date, DatePart.YEAR, field.id() + "-year", "Year", date.year(), "govuk-input--width-4");
        return html.close("div").close("fieldset").close("div").toString();
    }

    /** The GOV.UK width class for an input, or null for the default width. */
    static String widthClass(String width) {
        String w = blankToNull(width);
        if (w == null) {
            return null;
        }
        return w.chars().allMatch(Character::isDigit) ? "govuk-input--width-" + w : "govuk-!-width-" + w;
    }

    private static void dateItem(HtmlWriter html, Field field, DateFields date, DatePart part, String id,
                                 String label, String value, String width) {
        String name = field.name() + "-" + part.name().toLowerCase(java.util.Locale.ROOT);
        html.open("div", "class", "govuk-date-input__item")
                .open("div", "class", "govuk-form-group")
                .element("label", label, "class", "govuk-label govuk-date-input__label", "for", id)
                .open("input",
                        "class", classes("govuk-input govuk-date-input__input", width,
                                date.errors().contains(part) ? "govuk-input--error" : null),
                        "id", id,
                        "name", name,
                        "type", "text",
                        "value", blankToNull(value),
                        "inputmode", "numeric")
                .close("div")
                .close("div");
    }

    private static String choices(Field field, List<Choice> items, String type, String block, String modifier) {
        HtmlWriter html = formGroup(field);
        html.open("fieldset", "class", "govuk-fieldset", "aria-describedby", field.describedBy());
        legend(html, field);
        hintAndError(html, field);
        html.open("div", "class", classes(block, modifier), "data-module", block);
        for (int i = 0; i < items.size(); i++) {
            Choice item = items.get(i);
            String id = i == 0 ? field.id() : field.id() + "-" + (i + 1);
            html.open("div", "class", block + "__item")
                    .open("input",
                            "class", block + "__input",
                            "id", id,
                            "name", field.name(),
                            "type", type,
                            "value", item.value(),
                            "checked", item.checked() ? "" : null)
                    .element("label", item.text(), "class", "govuk-label " + block + "__label", "for", id)
                    .close("div");
        }
        return html.close("div").close("fieldset").close("div").toString();
    }

    private static HtmlWriter formGroup(Field field) {
        return new HtmlWriter().open("div",
                "class", classes("govuk-form-group", field.hasError() ? "govuk-form-group--error" : null));
    }

    private static void label(HtmlWriter html, Field field, String labelClass) {
        html.element("label", field.label(), "class", labelClass, "for", field.id());
    }

    private static void legend(HtmlWriter html, Field field) {
        html.element("legend", field.label(), "class", "govuk-fieldset__legend");
    }

    private static void hintAndError(HtmlWriter html, Field field) {
        if (field.hasHint()) {
            html.element("div", field.hint(), "id", field.hintId(), "class", "govuk-hint");
        }
        if (field.hasError()) {
            html.open("p", "id", field.errorId(), "class", "govuk-error-message")
                    .element("span", "Error:", "class", "govuk-visually-hidden")
                    .text(" " + field.error())
                    .close("p");
        }
    }

    private static String classes(String... names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (name != null) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(name);
            }
        }
        return joined.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
