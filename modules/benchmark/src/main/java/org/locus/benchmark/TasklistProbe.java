package org.locus.benchmark;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Times the first page of the groups' tasklist, one request after another as one person paging in
 * would, after a warm-up that lets the server compile its hot paths and fill its pools.
 */
final class TasklistProbe {

    static final String FIRST_PAGE = "/api/tasks?scope=groups&first=0&size=20";

    /** The response times of one person's first page, and how many tasks their list said it held. */
    record Result(String user, String what, String path, Latencies latencies, long listTotal) {
    }

    private final Settings settings;

    TasklistProbe(Settings settings) {
        this.settings = settings;
    }

    Result api(String user) {
        LocusClient client = new LocusClient(settings.baseUri(), user);
        int warmup = Math.max(50, settings.probeRequests() / 4);
        for (int i = 0; i < warmup; i++) {
            client.getJson(FIRST_PAGE);
        }
        Latencies latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < settings.probeRequests(); i++) {
            long began = System.nanoTime();
            last = client.getJson(FIRST_PAGE);
            latencies.record(System.nanoTime() - began);
        }
        long total = last.path("total").asLong();
        if (total > 0 && last.path("tasks").isEmpty()) {
            throw new IllegalStateException(user + "'s first page came back empty from a list of " + total);
        }
        return new Result(user, "Tasklist first page (API)", FIRST_PAGE, latencies, total);
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
        return new Result(user, what, path, latencies, -1);
    }
}
