package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.locus.app.catalogue.HtmlForm;
import org.locus.app.catalogue.Views;

/**
 * Everything Locus lets a caller send, discovered from the running application so that a new endpoint,
 * page or form cannot be missed: every operation of its own {@code /openapi} document, every page of the
 * WAR as built ({@link Views}), and every form on each page as a person in the right role sees it, the
 * page opened with what it needs (a task form with a task of its kind, brought there by {@link Journeys}).
 * <p>
 * Who opens a page and with what is the one thing told rather than found: {@link #opener}. A page it
 * cannot open fails {@code HostileInputIT.findsEveryOperationPageAndForm}, so a new page is added there
 * or the test says why not.
 */
final class Catalogue {

    /** A page as one person opens it: fresh each time asked (a task form needs a task that is still open). */
    record Visit(Views.View view, String user, Supplier<Opened> open) {

        @Override
        public String toString() {
            return view.path() + " as " + user;
        }
    }

    /** A page opened: its address with its query, the engagement and task it shows (null where none). */
    record Opened(String url, Journeys.Waiting fixture) {
    }

    /** A form found on a page, with the visit that shows it. */
    record Found(Visit visit, HtmlForm form) {

        @Override
        public String toString() {
            return form.id() + " on " + visit;
        }
    }

    private final LocusClient locus;
    private final Journeys journeys;
    private final ServedApi api;
    private final Views.Found views;

    Catalogue(LocusClient locus) {
        this.locus = locus;
        this.journeys = new Journeys(locus);
        this.api = ServedApi.of(locus);
        this.views = Views.in(Path.of(System.getProperty("locus.war", "target/locus.war")));
    }

    Journeys journeys() {
        return journeys;
    }

    ServedApi api() {
        return api;
    }

    List<ServedApi.Operation> operations() {
        return api.operations();
    }

    List<Views.View> pages() {
        return views.pages();
    }

    List<String> notPages() {
        return views.notPages();
    }

    /** Every page with the person who opens it; error pages and the sign-in page are opened by nobody in particular. */
    List<Visit> visits() {
        return pages().stream().map(this::opener).toList();
    }

    /** Every form on every page, each page opened once as its person sees it. */
    List<Found> forms() {
        List<Found> found = new ArrayList<>();
        for (Visit visit : visits()) {
            Opened opened = visit.open().get();
            HttpResponse<String> page = PageClient.of(locus, visit.user()).get(opened.url());
            if (page.statusCode() == 200) {
                HtmlForm.in(visit.view().path(), page.body()).forEach(form -> found.add(new Found(visit, form)));
            }
        }
        return found;
    }

    /** The forms that change something (they post), by the form's id and page, each once. */
    List<Found> stateChangingForms() {
        Map<String, Found> unique = new LinkedHashMap<>();
        for (Found form : forms()) {
            if (form.form().changesState()) {
                // The sign-out form is on every page: once is enough.
                String key = form.form().action().startsWith("/logout") ? "/logout" : form.form().page() + "#" + form.form().id();
                unique.putIfAbsent(key, form);
            }
        }
        return List.copyOf(unique.values());
    }

    /** Who opens the page, and with what. */
    Visit opener(Views.View view) {
        String path = view.path();
        if (path.matches("/(intake|diagnostic)/forms/.*")) {
            String taskKey = taskKeyOf(path);
            String user = journeys.step(taskKey).user();
            return new Visit(view, user, () -> {
                Journeys.Waiting waiting = journeys.at(taskKey, "Formshire");
                return new Opened(path + "?task=" + waiting.taskId(), waiting);
            });
        }
        return switch (path) {
            case "/manage/reassign.xhtml" -> withTask(view, "morgan", w -> path + "?task=" + w.taskId());
            case "/manage/suspend.xhtml" -> withTask(view, "morgan", w -> path + "?engagement=" + w.engagementId());
            case "/engagements/withdraw.xhtml" -> withTask(view, "morgan", w -> path + "?engagement=" + w.engagementId());
            case "/engagements/view.xhtml" -> withTask(view, "sam", w -> path + "?id=" + w.engagementId());
            case "/manage/engagement.xhtml", "/manage/timeline.xhtml" -> withTask(view, "morgan", w -> path + "?id=" + w.engagementId());
            case "/audit/verify.xhtml" -> new Visit(view, "alex", () -> new Opened(path, null));
            case "/tasks/index.xhtml" -> withTask(view, "sam", w -> path + "?scope=mine");
            case "/login.xhtml" -> new Visit(view, null, () -> new Opened(path, null));
            default -> new Visit(view, path.startsWith("/manage/") ? "morgan" : "sam", () -> new Opened(path, null));
        };
    }

    private Visit withTask(Views.View view, String user, java.util.function.Function<Journeys.Waiting, String> url) {
        return new Visit(view, user, () -> {
            Journeys.Waiting waiting = journeys.at("assessFit", "Pageshire");
            return new Opened(url.apply(waiting), waiting);
        });
    }

    /** The BPMN task key a form's page is named after: /intake/forms/assess-fit.xhtml is assessFit. */
    static String taskKeyOf(String formPath) {
        String name = formPath.substring(formPath.lastIndexOf('/') + 1).replace(".xhtml", "");
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** Fails unless the catalogue found at least as much as the document and the WAR hold. */
    void assertComplete() {
        long documented = api.document().getJsonObject("paths").values().stream()
                .mapToLong(item -> item.asJsonObject().keySet().stream()
                        .filter(m -> List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(m)).count())
                .sum();
        assertThat(operations()).as("operations, against the document's own count").hasSize((int) documented);
        assertThat(documented).as("operations in /openapi (Locus has over twenty)").isGreaterThanOrEqualTo(20);
        assertThat(pages()).as("pages in the WAR").hasSizeGreaterThanOrEqualTo(25);
        assertThat(notPages()).as("templates, includes and components left out").contains("/layout/page.xhtml", "/govuk/input.xhtml");
    }
}
