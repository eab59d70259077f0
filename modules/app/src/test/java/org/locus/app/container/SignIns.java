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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sign-ins as a client at an address of its choosing: the test server trusts the loopback address as a
 * proxy (src/test/liberty/configDropins/overrides/signin-throttling.xml), so {@code X-Forwarded-For} says
 * where a sign-in comes from, and each test counts its failures against addresses of its own.
 */
final class SignIns {

    static final String PASSWORD = LocusClient.DEMO_PASSWORD;

    /** Addresses from TEST-NET-2 (198.51.100.0/24 and on), a new one each call, never 127.0.0.1. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(new java.util.Random().nextInt(50_000));

    private final URI base;
    /** HTTP/1.1, as LocusClient explains (Liberty fails concurrent h2c upgrades). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    SignIns(URI base) {
        this.base = base;
    }

    static SignIns onTestServer() {
        return new SignIns(LocusClient.forTestServer().base());
    }

    static String newAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198." + (51 + (n >> 16) % 4) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    static String unknownUser() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** GET /api/tasks with HTTP basic credentials, from the address. */
    HttpResponse<String> basic(String user, String password, String address) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve("api/tasks?scope=mine"))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address).GET());
    }

    /**
     * Signs in on the sign-in form, as a browser does: opens the page (a session and its view state), then
     * posts the form. The answer to the post: 302 on success, the page with its errors otherwise.
     */
    HttpResponse<String> form(String user, String password, String address) {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("X-Forwarded-For", address).GET());
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields(page.body()));
        fields.put("login:userId:field", user);
        fields.put("login:password:field", password);
        fields.put("login:signIn:button", "Sign in");
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(browser, HttpRequest.newBuilder(base.resolve(formAction(page.body())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The text of the page's GOV.UK error summary list, tags removed; empty when it has none. */
    static String errorSummary(String page) {
        Matcher list = Pattern.compile("govuk-error-summary__list\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
        return list.find() ? list.group(1).replaceAll("<[^>]+>", "").trim() : "";
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        return fields;
    }

    private static String formAction(String page) {
        Matcher form = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!form.find()) {
            throw new AssertionError("The sign-in page has no form with id login:\n" + page);
        }
        String action = unescape(form.group(1));
        return action.startsWith("/") ? action.substring(1) : action;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#58;", ":");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
