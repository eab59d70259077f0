package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.catalogue.Leaks;
import org.locus.app.client.ApiJson;

/**
 * A corpus of requests a hostile or broken client sends (encoded slashes and backslashes, %00, malformed
 * escapes, over-long paths and headers, TRACE, PROPFIND and made-up methods, a bad Host, wrong content
 * types and encodings, broken bodies), and what every answer must be: no stack trace, no Java class
 * name, no product name (in the body or any header), and no server error; under /api problem details,
 * elsewhere the GOV.UK error page or a plain page in its words.
 * <p>
 * A few requests (a malformed escape, %00, a path that climbs above the root) are refused by Liberty's web
 * container before any application sees them, with a fixed body of its own that no setting changes
 * (WebContainer.sendBadRequestResponse); for those only the leak rules are asserted, and Liberty's
 * message is what they get ({@link Where#CONTAINER}). Liberty's own web modules beside Locus (/health,
 * /openapi) have no error pages of Locus's; they get the plain text that server.xml gives the container
 * for applications without one ({@link Where#LIBERTY_APP}).
 */
@ExtendWith(ArquillianExtension.class)
class OddRequestsIT {

    private static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("sam:locus-demo".getBytes(StandardCharsets.UTF_8));

    // What an answer must not show: one list for every test that sends something odd (Leaks).
    private static final Pattern STACK_FRAME = Leaks.STACK_FRAME;
    private static final Pattern CLASS_NAME = Leaks.CLASS_NAME;
    private static final Pattern FACES_MARKUP = Leaks.FACES_MARKUP;
    private static final Pattern PRODUCT = Leaks.PRODUCT;
    private static final Pattern MESSAGE_ID = Leaks.MESSAGE_ID;

    private final RawHttp http = RawHttp.forTestServer();

    /** Who answers: Locus's API, Locus's pages, Liberty's own web modules, or Liberty's web container before any application. */
    enum Where { API, PAGE, LIBERTY_APP, CONTAINER }

    record Case(String name, Where where, List<String> head, String body) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void answersEveryOddRequestWithoutLeakingWhatRunsIt() {
        SoftAssertions softly = new SoftAssertions();
        for (Case c : corpus()) {
            RawHttp.Response response = http.send(c.head(), c.body() == null ? null : c.body().getBytes(StandardCharsets.ISO_8859_1));
            String all = String.join("\n", response.headers()) + "\n" + response.body();
            String described = c.name() + " -> " + response.status() + " " + response.contentType() + "\n" + all;

            softly.assertThat(response.status()).as("an HTTP answer: %s", described).isBetween(400, 501);
            softly.assertThat(STACK_FRAME.matcher(all).find()).as("a stack trace: %s", described).isFalse();
            softly.assertThat(all).as("an exception's name: %s", described).doesNotContain("Exception");
            softly.assertThat(CLASS_NAME.matcher(FACES_MARKUP.matcher(all).replaceAll("")).find())
                    .as("a class name: %s", described).isFalse();
            softly.assertThat(PRODUCT.matcher(all).find()).as("the product's name: %s", described).isFalse();
            softly.assertThat(response.headers()).as("the container's own headers: %s", described)
                    .noneMatch(h -> h.startsWith("$WS") || h.toLowerCase().startsWith("x-powered-by"));
            switch (c.where()) {
                case API -> {
                    softly.assertThat(response.contentType()).as("problem details: %s", described).startsWith("application/problem+json");
                    softly.assertThat(problemStatus(response.body())).as("its status in the problem: %s", described)
                            .isEqualTo(response.status());
                    softly.assertThat(MESSAGE_ID.matcher(all).find()).as("a server message id: %s", described).isFalse();
                }
                case PAGE -> {
                    softly.assertThat(response.contentType()).as("a page: %s", described).startsWith("text/html");
                    softly.assertThat(response.body()).as("Locus's own error page: %s", described).contains("<h1").contains("Locus");
                    softly.assertThat(MESSAGE_ID.matcher(all).find()).as("a server message id: %s", described).isFalse();
                }
                case LIBERTY_APP -> softly.assertThat(response.body()).as("the plain page in Locus's words: %s", described)
                        .contains("<h1>Locus cannot answer this request</h1>");
                case CONTAINER -> {
                    // Liberty's fixed answer: only the leak rules above.
                }
            }
        }
        softly.assertAll();
        // The server still answers after all of it.
        RawHttp.Response ready = http.send(get("/health/ready", null), null);
        assertThat(ready.status()).isEqualTo(200);
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        String longSegment = "a".repeat(8_000);
        String longHeader = "X-Filler: " + "b".repeat(64 * 1024);

        // Encoded slash, backslash, dot and hash: Liberty refuses them inside the application (verifyEncodedCharacter).
        for (String path : List.of("/api/engagements/a%2Fb", "/api/engagements/a%5Cb", "/api/engagements/a%2fb%2f..%2f..%2fWEB-INF",
                "/api/engagements/%23x", "/api/engagements/a%2Eb")) {
            cases.add(new Case("GET " + path, Where.API, get(path, STAFF), null));
        }
        for (String path : List.of("/engagements/a%2Fb", "/tasks/a%5Cb", "/engagements/index.xhtml%2F", "/a%2e%2e/b")) {
            cases.add(new Case("GET " + path, Where.PAGE, get(path, STAFF), null));
        }
        // Malformed escapes and %00: refused by the container before any application.
        for (String path : List.of("/api/x%00y", "/api/%ZZ", "/%00", "/engagements/%G1", "/api/%2e%2e/%2e%2e/etc/passwd")) {
            cases.add(new Case("GET " + path, Where.CONTAINER, get(path, STAFF), null));
        }
        // Odd but decodable bytes: an over-long UTF-8 slash, Latin-1 é, a lone high escape.
        for (String path : List.of("/api/engagements/%C0%AF", "/api/engagements/%E9", "/api/engagements/%FF%FE")) {
            cases.add(new Case("GET " + path, Where.API, get(path, STAFF), null));
        }
        cases.add(new Case("GET /engagements/%C0%AF", Where.PAGE, get("/engagements/%C0%AF", STAFF), null));

        // Over-long paths and headers.
        cases.add(new Case("GET /api/<8000 chars>", Where.API, get("/api/" + longSegment, STAFF), null));
        cases.add(new Case("GET /<8000 chars>", Where.PAGE, get("/" + longSegment, STAFF), null));
        cases.add(new Case("GET /api/engagements with a 64 KB header", Where.CONTAINER,
                with(get("/api/engagements", STAFF), longHeader), null));
        cases.add(new Case("GET /index.xhtml with a 64 KB cookie", Where.CONTAINER,
                with(get("/index.xhtml", STAFF), "Cookie: x=" + "c".repeat(64 * 1024)), null));

        // Methods nobody serves.
        for (String method : List.of("TRACE", "PROPFIND", "MKCOL", "BREW", "DELETE", "PATCH")) {
            cases.add(new Case(method + " /api/engagements", Where.API, request(method, "/api/engagements", STAFF), null));
            cases.add(new Case(method + " /", Where.PAGE, request(method, "/", STAFF), null));
        }
        cases.add(new Case("PUT /index.xhtml", Where.PAGE, request("PUT", "/index.xhtml", STAFF), null));

        // Who is asking: no credentials, broken credentials, a bad or missing Host.
        cases.add(new Case("GET /api/engagements without credentials", Where.API, get("/api/engagements", null), null));
        // Credentials that are not base64 at all: the authentication mechanism refuses them with an empty 401 of its
        // own, before any error page; nothing leaks, but it is not problem details (left to the mechanism's owner).
        cases.add(new Case("GET /api/engagements with broken basic credentials", Where.CONTAINER,
                get("/api/engagements", "Basic !!!not-base64"), null));
        cases.add(new Case("GET /api/engagements with a wrong password", Where.API,
                get("/api/engagements", "Basic " + Base64.getEncoder().encodeToString("sam:wrong".getBytes(StandardCharsets.UTF_8))), null));
        cases.add(new Case("GET /api/nothing with Host evil.example", Where.API,
                List.of("GET /api/nothing HTTP/1.1", "Host: evil.example", "Authorization: " + STAFF, "Connection: close"), null));
        cases.add(new Case("GET /nothing.xhtml with a Host that is no host", Where.PAGE,
                List.of("GET /nothing.xhtml HTTP/1.1", "Host: a b/c", "Connection: close"), null));
        cases.add(new Case("GET /api/engagements without Host", Where.API,
                List.of("GET /api/engagements HTTP/1.1", "Connection: close"), null));

        // Wrong content types and encodings, broken bodies.
        cases.add(new Case("POST /api/enquiries as text/plain", Where.API, post("/api/enquiries", "text/plain", "hello"), "hello"));
        cases.add(new Case("POST /api/enquiries as XML", Where.API, post("/api/enquiries", "application/xml", "<x/>"), "<x/>"));
        cases.add(new Case("POST /api/enquiries as multipart", Where.API,
                post("/api/enquiries", "multipart/form-data; boundary=zz", "--zz\r\njunk"), "--zz\r\njunk"));
        cases.add(new Case("POST /api/enquiries with a made-up charset", Where.API,
                post("/api/enquiries", "application/json; charset=no-such-charset", "{}"), "{}"));
        cases.add(new Case("POST /api/enquiries with a content type that is no type", Where.API,
                post("/api/enquiries", "///", "{}"), "{}"));
        cases.add(new Case("POST /api/enquiries gzip that is not gzip", Where.API,
                with(post("/api/enquiries", "application/json", "not gzip"), "Content-Encoding: gzip"), "not gzip"));
        cases.add(new Case("POST /api/enquiries with a broken chunk", Where.API,
                List.of("POST /api/enquiries HTTP/1.1", "Host: 127.0.0.1", "Authorization: " + STAFF, "Content-Type: application/json",
                        "Transfer-Encoding: chunked", "Connection: close"), "zz\r\n{}\r\n0\r\n\r\n"));
        cases.add(new Case("GET /api/engagements asking for XML", Where.API,
                accepting(get("/api/engagements", STAFF), "application/xml"), null));

        // Addresses that are simply not there, and the error page itself asked for directly.
        cases.add(new Case("GET /api/nothing-here", Where.API, get("/api/nothing-here", STAFF), null));
        cases.add(new Case("GET /nothing-here.xhtml", Where.PAGE, get("/nothing-here.xhtml", STAFF), null));
        cases.add(new Case("GET /errors/page", Where.PAGE, get("/errors/page", null), null));
        cases.add(new Case("GET /WEB-INF/web.xml", Where.PAGE, get("/WEB-INF/web.xml", STAFF), null));

        // Liberty's own web modules beside Locus (health, the API document): no error pages of Locus's, so the
        // container's text for applications without one (server.xml).
        for (String path : List.of("/health/a%2Fb", "/health/nothing", "/openapi/a%5Cb", "/openapi/ui/a%2Fb", "/openapi/ui/nothing")) {
            cases.add(new Case("GET " + path, Where.LIBERTY_APP, get(path, null), null));
        }
        return cases;
    }

    /**
     * The status a problem-details body names, or null where the body is no JSON object with a numeric
     * status: a soft assertion then reports it with the others rather than stopping at a parse error.
     */
    private static Integer problemStatus(String body) {
        try {
            return ApiJson.object(body).get("status") instanceof JsonNumber status ? status.intValue() : null;
        } catch (JsonException notJson) {
            return null;
        }
    }

    private static List<String> get(String path, String authorization) {
        return request("GET", path, authorization);
    }

    private static List<String> request(String method, String path, String authorization) {
        List<String> head = new ArrayList<>(List.of(method + " " + path + " HTTP/1.1", "Host: 127.0.0.1", "Accept: */*"));
        if (authorization != null) {
            head.add("Authorization: " + authorization);
        }
        head.add("Content-Length: 0");
        head.add("Connection: close");
        return head;
    }

    private static List<String> post(String path, String contentType, String body) {
        return List.of("POST " + path + " HTTP/1.1", "Host: 127.0.0.1", "Authorization: " + STAFF, "Content-Type: " + contentType,
                "Content-Length: " + body.getBytes(StandardCharsets.ISO_8859_1).length, "Connection: close");
    }

    /** The request asking only for this media type. */
    private static List<String> accepting(List<String> head, String mediaType) {
        return head.stream().map(line -> line.startsWith("Accept:") ? "Accept: " + mediaType : line).toList();
    }

    private static List<String> with(List<String> head, String header) {
        List<String> more = new ArrayList<>(head);
        more.add(more.size() - 1, header);
        return more;
    }
}
