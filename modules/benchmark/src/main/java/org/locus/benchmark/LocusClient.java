package org.locus.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One API client of Locus, signed in as one user the way API clients are: HTTP basic credentials on
 * every request, no session, no cookies (so no cross-site request can ride on it, and the API asks for
 * no CSRF token).
 */
final class LocusClient {

    static final String DEMO_PASSWORD = "locus-demo";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** A bulk seeding call opens hundreds of engagements before it answers. */
    private static final Duration LONG_TIMEOUT = Duration.ofMinutes(15);

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    LocusClient(URI base, String user) {
        this(base, user, DEMO_PASSWORD);
    }

    LocusClient(URI base, String user, String password) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Logs a first contact ({@code POST /api/enquiries}) and returns the engagement it opened. */
    String logFirstContact(String json) {
        HttpResponse<String> response = post("/api/enquiries", json);
        expect(response, 201);
        return read(response.body()).path("engagementId").asText();
    }

    /** Completes a task with its form's values ({@code POST /api/tasks/{id}/complete}). */
    void complete(String taskId, String json) {
        expect(post("/api/tasks/" + taskId + "/complete", json), 204);
    }

    JsonNode getJson(String pathAndQuery) {
        return getJson(pathAndQuery, TIMEOUT);
    }

    /** A read that may take longer than most (the audit log's verify reads every entry). */
    JsonNode getJson(String pathAndQuery, Duration timeout) {
        HttpResponse<String> response = send(request(pathAndQuery).timeout(timeout)
                .header("Accept", "application/json").GET().build());
        expect(response, 200);
        return read(response.body());
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(request(pathAndQuery).header("Accept", accept).GET().build());
    }

    /** Opens engagements through the benchmark's bulk path ({@code POST /api/benchmark/seed}); returns its answer. */
    JsonNode seed(String json) {
        HttpResponse<String> response = send(request("/api/benchmark/seed")
                .timeout(LONG_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
        expect(response, 200);
        return read(response.body());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new RequestFailed(response);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + abbreviate(body), e);
        }
    }

    /** A body short enough for one line of a report: an HTML error page by its title. */
    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        int title = text.indexOf("<title>");
        if (title >= 0 && text.indexOf("</title>", title) > title) {
            text = "HTML page \"" + text.substring(title + 7, text.indexOf("</title>", title)).strip() + "\"";
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    /** An answer other than the one the API promises for a good request. */
    static final class RequestFailed extends RuntimeException {

        RequestFailed(HttpResponse<String> response) {
            super(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }
}
