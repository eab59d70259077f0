package org.locus.benchmark;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person in a browser: signs in on the login page's form (sending back every hidden field it was
 * given, the Faces view state among them, as a browser does) and then keeps the session cookie. Pages
 * opened this way cost what they cost a person, without a password check on every request.
 */
final class BrowserSession {

    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"login\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*id=\"login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|button)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    private BrowserSession(URI base) {
        this.base = base;
    }

    /** Signs in through {@code /login.xhtml}; throws if the form does not let the person in. */
    static BrowserSession signIn(URI base, String user) {
        BrowserSession session = new BrowserSession(base);
        HttpResponse<String> login = session.get("/login.xhtml");
        Matcher form = FORM.matcher(login.body());
        Matcher action = ACTION.matcher(login.body());
        if (login.statusCode() != 200 || !form.find() || !action.find()) {
            throw new IllegalStateException("No sign-in form at /login.xhtml (" + login.statusCode() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            Map<String, String> attributes = attributes(field.group(2));
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            String type = attributes.getOrDefault("type", field.group(1).equals("button") ? "submit" : "text");
            switch (type) {
                case "password" -> fields.put(name, LocusClient.DEMO_PASSWORD);
                case "text" -> fields.put(name, user);
                default -> fields.put(name, unescape(attributes.getOrDefault("value", "")));
            }
        }
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(base.resolve(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException("Signing in as " + user + " answered " + signedIn.statusCode()
                    + ": " + LocusClient.abbreviate(signedIn.body()));
        }
        return session;
    }

    /** Opens a page; a page that sends the person back to sign in counts as a failure. */
    HttpResponse<String> page(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new LocusClient.RequestFailed(response);
        }
        return response;
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), attribute.group(2));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
