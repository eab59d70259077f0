package org.locus.benchmark;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Times the first page of a tasklist, one request after another as one person paging in would, after a
 * warm-up that lets the server compile its hot paths and fill its pools: the groups' tasks (intake's,
 * offered to staff or managers, the list the targets are set for), and a person's own ("My tasks",
 * where the diagnostic's tasks wait, each assigned to the lead or an enabler by name); and the managers'
 * overview's first page, which reads every engagement's row and the open tasks of the page's twenty.
 */
final class TasklistProbe {

    static final String GROUPS_FIRST_PAGE = "/api/tasks?scope=groups&first=0&size=20";
    static final String MINE_FIRST_PAGE = "/api/tasks?scope=mine&first=0&size=20";
    /** The managers' overview: every engagement, newest first, with its open tasks and flags. */
    static final String OVERVIEW_FIRST_PAGE = "/api/overview?first=0&size=20";

    /**
     * The response times of one person's first page, and how many tasks their list said it held.
     *
     * @param listExact whether {@code listTotal} is the whole list's count; the tasklist counts a long list
     *                  only up to a bound, and then says "more than" that
     * @param targeted  whether the tasklist target (p95 < 50 ms) is set for this list
     */
    record Result(String user, String what, String path, Latencies latencies, long listTotal, boolean listExact,
                  boolean targeted) {

        /** How many tasks the list said it held, as the tasklist says it. */
        String listSize() {
            return String.format(java.util.Locale.ROOT, listExact ? "%,d" : "more than %,d", listTotal);
        }
    }

    private final Settings settings;

    TasklistProbe(Settings settings) {
        this.settings = settings;
    }

    /** The first page of the groups' tasks. */
    Result groups(String user) {
        return api(user, GROUPS_FIRST_PAGE, "Tasklist first page (API)", "tasks", true);
    }

    /** The first page of the person's own tasks. */
    Result mine(String user) {
        return api(user, MINE_FIRST_PAGE, "My tasks first page (API)", "tasks", false);
    }

    /** The first page of the managers' overview (a manager's), every engagement in the list. */
    Result overview(String user) {
        return api(user, OVERVIEW_FIRST_PAGE, "Overview first page (API)", "rows", false);
    }

    private Result api(String user, String path, String what, String listField, boolean targeted) {
        LocusClient client = new LocusClient(settings.baseUri(), user);
        int warmup = Math.max(50, settings.probeRequests() / 4);
        for (int i = 0; i < warmup; i++) {
            client.getJson(path);
        }
        Latencies latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < settings.probeRequests(); i++) {
            long began = System.nanoTime();
            last = client.getJson(path);
            latencies.record(System.nanoTime() - began);
        }
        long total = last.path("total").asLong();
        if (total > 0 && last.path(listField).isEmpty()) {
            throw new IllegalStateException(user + "'s first page came back empty from a list of " + total);
        }
        return new Result(user, what, path, latencies, total, last.path("totalExact").asBoolean(true), targeted);
    }

    /**
     * The tasklist page a person sees in the browser: signed in on the login form and then on the
     * session, as a person is; with basic credentials on every request if the form cannot be used.
     * Null if the page does not answer 200 (not built yet).
     */
    Result page(String user) {
        String path = settings.tasklistPage();
        java.util.function.Supplier<HttpResponse<String>> open;
        String what;
        try {
            BrowserSession session = BrowserSession.signIn(settings.baseUri(), user);
            open = () -> session.page(path);
            what = "Tasklist page (HTML, signed-in session)";
        } catch (RuntimeException e) {
            System.out.println("  cannot sign in on the form (" + e.getMessage() + "); timing the page with basic credentials");
            LocusClient client = new LocusClient(settings.baseUri(), user);
            open = () -> {
                HttpResponse<String> response = client.get(path, "text/html");
                LocusClient.expect(response, 200);
                return response;
            };
            what = "Tasklist page (HTML, basic auth)";
        }
        try {
            open.get();
        } catch (RuntimeException e) {
            System.out.println("  " + path + ": " + e.getMessage() + "; the HTML tasklist is not timed");
            return null;
        }
        int warmup = Math.max(50, settings.probeRequests() / 4);
        for (int i = 0; i < warmup; i++) {
            open.get();
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < settings.probeRequests(); i++) {
            long began = System.nanoTime();
            open.get();
            latencies.record(System.nanoTime() - began);
        }
        return new Result(user, what, path, latencies, -1, true, false);
    }
}
