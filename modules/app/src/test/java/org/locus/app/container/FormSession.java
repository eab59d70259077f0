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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, reduced to what cross-site tests need: a cookie jar, the fields of a page's form as
 * the page rendered them (hidden ones, the view state among them), and posts with whatever headers a test
 * gives (Origin, Sec-Fetch-Site, Referer). No redirect is followed.
 */
final class FormSession {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([\\w-]+)=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    FormSession(URI base) {
        this.base = base;
    }

    static FormSession onTestServer() {
        return new FormSession(URI.create("http://localhost:" + System.getProperty("locus.test.http.port", "9180") + "/"));
    }

    /** This server's own origin, as a browser on one of its pages sends it. */
    String ownOrigin() {
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    /** A form as a page rendered it: where it posts, and its fields with their values (a radio group's first value). */
    record Form(String action, Map<String, String> fields, Map<String, String> buttons) {

        /** The name of the field of the id the page gave it ("form:placeName" or "login:userId:field" for "userId"). */
        String field(String id) {
            return fields.keySet().stream().filter(name -> name.equals(id) || name.endsWith(":" + id)
                    || name.contains(":" + id + ":")).findFirst()
                    .orElseThrow(() -> new AssertionError("no field " + id + " in " + fields.keySet()));
        }

        Form with(String id, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(field(id), value);
            return new Form(action, changed, buttons);
        }

        /** The form as sent by pressing the button with the given id. */
        Form press(String id) {
            String button = buttons.keySet().stream().filter(name -> name.equals(id) || name.endsWith(":" + id)
                    || name.contains(":" + id + ":")).findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + id + " in " + buttons.keySet()));
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(button, buttons.get(button));
            return new Form(action, changed, buttons);
        }

        Form without(String name) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.remove(name);
            return new Form(action, changed, buttons);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** The form with the given id on the page at the path; its submit buttons apart, {@link Form#press} adds one. */
    Form form(String path, String formId) {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode());
        }
        Matcher forms = FORM.matcher(page.body());
        while (forms.find()) {
            String markup = forms.group();
            Map<String, String> formAttributes = attributes(markup.substring(0, markup.indexOf('>') + 1));
            if (!formId.equals(formAttributes.get("id"))) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> buttons = new LinkedHashMap<>();
            Matcher inputs = INPUT.matcher(markup);
            while (inputs.find()) {
                Map<String, String> input = attributes(inputs.group());
                String name = input.get("name");
                String type = input.getOrDefault("type", "text");
                if (name != null && type.equals("submit")) {
                    buttons.put(name, input.getOrDefault("value", ""));
                    continue;
                }
                if (name == null || type.equals("checkbox")
                        || type.equals("radio") && fields.containsKey(name)) {
                    continue;
                }
                fields.put(name, input.getOrDefault("value", ""));
            }
            Matcher textareas = TEXTAREA.matcher(markup);
            while (textareas.find()) {
                fields.put(attributes(textareas.group()).get("name"), "");
            }
            return new Form(formAttributes.get("action"), fields, buttons);
        }
        throw new AssertionError("no form " + formId + " on " + path);
    }

    /** Posts the form's fields, url-encoded as browsers do, with the headers given as name, value pairs. */
    HttpResponse<String> post(Form form, String... headers) {
        String body = form.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Signs the demo user in on the sign-in form, from the sign-in page itself. */
    void signIn(String user) {
        Form login = form("/login.xhtml", "login");
        Form filled = login.with("userId", user).with("password", LocusClient.DEMO_PASSWORD).press("signIn");
        HttpResponse<String> answer = post(filled, "Origin", ownOrigin());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new AssertionError("signing in as " + user + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(tag);
        while (matcher.find()) {
            attributes.put(matcher.group(1), matcher.group(2).replace("&amp;", "&").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'"));
        }
        return attributes;
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
