package org.locus.app.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a browser finds it on a page: where it posts, how, its fields with the values the page
 * filled in, and the button that sends it. Read with jsoup from the page as served.
 *
 * @param page the page's path (without its query) the form was found on
 * @param id the form's id, or its position on the page when it has none
 * @param method GET or POST
 * @param action the path (and query) the form sends to
 * @param fields every field a person can fill in, by name
 * @param hidden the hidden fields (the view state among them), by name, with their values
 * @param buttons the form's named submit buttons, in page order (a list's rows each have their own)
 */
public record HtmlForm(String page, String id, String method, String action, List<Field> fields, Map<String, String> hidden,
                       List<Button> buttons) {

    /** Faces' hidden field that carries the view's state id: without it a post is not the page's own. */
    public static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** A field: its name, its kind (text, textarea, select, radio, checkbox...), its value as served, and its choices. */
    public record Field(String name, String kind, String value, List<String> choices) {
    }

    /** A submit button: its name and value, and the task it acts on where a row of a list has one ({@code data-task-id}). */
    public record Button(String name, String value, String taskId) {
    }

    /** The first button, or null for a form sent without one. */
    public Button submit() {
        return buttons.isEmpty() ? null : buttons.get(0);
    }

    /** The button that acts on this task (a tasklist's row), or the first one when none names a task. */
    public Button buttonFor(String taskId) {
        return buttons.stream().filter(b -> taskId.equals(b.taskId())).findFirst()
                .orElse(buttons.stream().anyMatch(b -> !b.taskId().isEmpty()) ? null : submit());
    }

    /** True when the form changes something when sent: a POST (every Faces form posts). */
    public boolean changesState() {
        return "POST".equals(method);
    }

    /** The form's fields as a browser would send them unchanged, plus its button. */
    public Map<String, String> values() {
        return values(submit());
    }

    /** The form's fields as a browser would send them unchanged, with this button (none when null). */
    public Map<String, String> values(Button button) {
        Map<String, String> values = new LinkedHashMap<>(hidden);
        for (Field field : fields) {
            if (field.value() != null) {
                values.put(field.name(), field.value());
            }
        }
        if (button != null) {
            values.put(button.name(), button.value());
        }
        return values;
    }

    @Override
    public String toString() {
        return method + " form " + id + " of " + page;
    }

    /** The forms of a page, from its HTML. */
    public static List<HtmlForm> in(String page, String html) {
        Document document = Jsoup.parse(html);
        List<HtmlForm> forms = new ArrayList<>();
        int position = 0;
        for (Element form : document.select("form")) {
            position++;
            String id = form.id().isEmpty() ? "form" + position : form.id();
            String method = form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase();
            String action = form.attr("action").isEmpty() ? page : form.attr("action");
            Map<String, Field> fields = new LinkedHashMap<>();
            Map<String, String> hidden = new LinkedHashMap<>();
            List<Button> buttons = new ArrayList<>();
            for (Element input : form.select("input, select, textarea, button")) {
                String name = input.attr("name");
                if (name.isEmpty()) {
                    continue;
                }
                String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
                if (type.isEmpty()) {
                    type = "text";
                }
                switch (type) {
                    case "hidden" -> hidden.put(name, input.attr("value"));
                    case "submit", "button" -> {
                        if (!"button".equals(input.attr("type"))) {
                            buttons.add(new Button(name, input.hasAttr("value") ? input.attr("value") : input.text(), input.attr("data-task-id")));
                        }
                    }
                    case "radio", "checkbox" -> {
                        Field known = fields.get(name);
                        List<String> choices = new ArrayList<>(known == null ? List.of() : known.choices());
                        choices.add(input.attr("value"));
                        String value = input.hasAttr("checked") ? input.attr("value") : known == null ? null : known.value();
                        fields.put(name, new Field(name, type, value, List.copyOf(choices)));
                    }
                    case "select" -> {
                        List<String> choices = input.select("option").eachAttr("value");
                        Element selected = input.selectFirst("option[selected]");
                        fields.put(name, new Field(name, type, selected == null ? (choices.isEmpty() ? "" : choices.get(0)) : selected.attr("value"),
                                List.copyOf(choices)));
                    }
                    case "textarea" -> fields.put(name, new Field(name, type, input.wholeText(), List.of()));
                    default -> fields.put(name, new Field(name, type, input.attr("value"), List.of()));
                }
            }
            forms.add(new HtmlForm(page, id, method, action, List.copyOf(fields.values()), hidden, List.copyOf(buttons)));
        }
        return forms;
    }
}
