package org.locus.app.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's browser, as far as the server can tell: a session cookie kept between requests, the
 * person's credentials sent once each request (HTTP basic, so no sign-in form is posted and sign-in
 * throttling never counts a failure), no redirect followed, so that a form's answer shows whether it
 * went on (a redirect) or came back with its errors. Only to the test server on loopback.
 */
final class PageClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String user;
    private final HttpClient http;

    PageClient(URI base, String user) {
        this.base = base;
        this.user = user;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).build();
    }

    static PageClient of(LocusClient locus, String user) {
        return new PageClient(locus.base(), user);
    }

    String user() {
        return user;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return exchange(HttpRequest.newBuilder(resolve(pathAndQuery)).GET().header("Accept", "text/html"));
    }

    /** Posts the values form-encoded, as a browser sends a form; origin null sends no Origin header. */
    HttpResponse<String> post(String pathAndQuery, Map<String, String> values, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(encode(values)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return exchange(request);
    }

    /** The origin this client's pages come from, as a browser would name it. */
    String ownOrigin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private URI resolve(String pathAndQuery) {
        return base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + LocusClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
