package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.locus.app.client.ApiJson;

/** Talks to the deployed Locus over HTTP as an API client does: HTTP basic, JSON, no redirects followed. */
final class LocusClient {

    static final String DEMO_PASSWORD = "locus-demo";

    private final URI base;
    /**
     * HTTP/1.1, as curl and most API clients speak to a plain-http address. Java's client otherwise
     * asks to upgrade each new connection to HTTP/2 (h2c), and Liberty 26.0.0.3 fails such upgrades
     * when several arrive at once (a NullPointerException in HttpDispatcherLink.handleHTTP2UpgradeRequest,
     * then GOAWAY), which made concurrent tests fail for a reason no Locus code has.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    LocusClient(URI base) {
        this.base = base;
    }

    static LocusClient forTestServer() {
        return new LocusClient(URI.create("http://localhost:" + System.getProperty("locus.test.http.port", "9180") + "/"));
    }

    /** Sends a request; user null means no credentials. A body, when given, is sent as JSON. */
    HttpResponse<String> send(String user, String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .header("Accept", "application/json, text/html");
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, user);
    }

    /** Sends a JSON body (or none) with extra headers, given as name, value pairs. */
    HttpResponse<String> sendWithHeaders(String user, String method, String path, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request, user);
    }

    /**
     * Sends raw bytes with the given content type and waits for the answer no longer than
     * {@code timeout}: for bodies a well-behaved client would never send.
     */
    HttpResponse<String> sendRaw(String user, String method, String path, String contentType, byte[] body, Duration timeout) {
        return exchange(HttpRequest.newBuilder(resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .timeout(timeout), user);
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String user) {
        if (user != null) {
            String credentials = user + ":" + DEMO_PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null);
    }

    /** The JSON object a GET answers with 200; any other answer fails the test. */
    JsonObject getObject(String user, String path) {
        return ApiJson.object(ok(user, path));
    }

    /** The JSON array a GET answers with 200; any other answer fails the test. */
    JsonArray getArray(String user, String path) {
        return ApiJson.array(ok(user, path));
    }

    private String ok(String user, String path) {
        HttpResponse<String> response = get(user, path);
        assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
        return response.body();
    }

    /** A POST of a JSON body. */
    HttpResponse<String> post(String user, String path, JsonStructure body) {
        return send(user, "POST", path, body.toString());
    }

    /** A POST of an operation that reads no body: an empty object, as API clients send. */
    HttpResponse<String> post(String user, String path) {
        return post(user, path, JsonValue.EMPTY_JSON_OBJECT);
    }
}
