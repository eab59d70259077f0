package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers on every kind of answer (docs/security.md, "Headers and CSRF"): a page, the sign-in page,
 * the home address, the API, Camunda's REST API, static files from each place they come from (a webjar, the GOV.UK
 * stylesheet's filter, a Faces resource, the assets servlet), error pages (404, 403, a refused form, a request
 * Liberty refuses itself), and Liberty's own /health and /openapi (with Liberty's policy, server.xml); no header
 * that names the server; the session cookie's flags. Over plain HTTP, so no Strict-Transport-Security.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    /** Written out here, not taken from the platform, so that a change to the policy is a change to this test too. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** On Liberty's own answers (server.xml): no framing, no plug-ins; scripts free, since its Swagger UI has an inline one. */
    static final String LIBERTYS_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private static final String STAFF = basic("sam");
    private static final String ADMIN = basic("ada");

    private final RawHttp http = RawHttp.forTestServer();

    record Case(String name, int status, List<String> head, String policy) {

        Case(String name, int status, List<String> head) {
            this(name, status, head, CONTENT_SECURITY_POLICY);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeadersAndNamesNoProduct() {
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases()) {
            RawHttp.Response response = http.send(c.head(), null);
            String described = c.name() + " -> " + response.status() + "\n" + String.join("\n", response.headers());

            softly.assertThat(response.status()).as("status of %s", described).isEqualTo(c.status());
            softly.assertThat(response.header("Content-Security-Policy")).as("CSP of %s", described).isEqualTo(c.policy());
            softly.assertThat(response.header("X-Content-Type-Options")).as(described).isEqualTo("nosniff");
            softly.assertThat(response.header("Referrer-Policy")).as(described).isEqualTo("strict-origin-when-cross-origin");
            softly.assertThat(response.header("X-Frame-Options")).as(described).isEqualTo("DENY");
            softly.assertThat(response.header("Strict-Transport-Security")).as("no HSTS over plain HTTP: %s", described).isNull();
            softly.assertThat(response.header("Server")).as("no Server header: %s", described).isNull();
            softly.assertThat(response.header("X-Powered-By")).as("no X-Powered-By: %s", described).isNull();
            softly.assertThat(response.headers()).as("one Content-Security-Policy only: %s", described)
                    .filteredOn(h -> h.regionMatches(true, 0, "Content-Security-Policy:", 0, 24)).hasSize(1);
        }
        softly.assertAll();
    }

    @Test
    void thePolicyAllowsNoInlineScriptNoEvalAndNoFraming() {
        assertThat(CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("script-src 'self';").contains("frame-ancestors 'none'");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        var signIn = LocusClient.forTestServer().get(null, "/login.xhtml");

        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("LOCUS_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + signIn.headers()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // Secure only where LOCUS_COOKIE_SECURE=true says the server is reached over HTTPS (not this test server).
        assertThat(cookie).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("the sign-in page", 200, get("/login.xhtml", null)));
        // The way to the sign-in page is sent by the authentication, before any filter runs: Liberty's headers (no body).
        cases.add(new Case("the home address, signed out", 302, get("/", null), LIBERTYS_POLICY));
        cases.add(new Case("the home page", 200, get("/index.xhtml", STAFF)));
        cases.add(new Case("a page", 200, get("/tasks/index.xhtml", STAFF)));
        cases.add(new Case("the API", 200, get("/api/tasks", STAFF)));
        cases.add(new Case("the API, no credentials", 401, get("/api/tasks", null)));
        cases.add(new Case("Camunda's REST API", 200, get("/engine-rest/engine", ADMIN)));
        cases.add(new Case("a webjar's script", 200, get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js", null)));
        cases.add(new Case("the GOV.UK stylesheet (a filter's own answer)", 200,
                get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css", null)));
        cases.add(new Case("a Faces resource", 200, get("/jakarta.faces.resource/frontend.js.xhtml?ln=locus", null)));
        cases.add(new Case("an image of the assets servlet", 200, get("/assets/images/govuk-crest.svg", null)));
        cases.add(new Case("a page not found", 404, get("/engagements/nothing-here.xhtml", STAFF)));
        cases.add(new Case("an API address not found", 404, get("/api/nothing-here", STAFF)));
        cases.add(new Case("a page staff may not see", 403, get("/manage/index.xhtml", STAFF)));
        cases.add(new Case("a form post without its state", 403, List.of("POST /index.xhtml HTTP/1.1", "Host: localhost",
                "Authorization: " + STAFF, "Content-Type: application/x-www-form-urlencoded", "Content-Length: 0", "Connection: close")));
        cases.add(new Case("a request Liberty refuses itself", 400, get("/%00", STAFF), LIBERTYS_POLICY));
        cases.add(new Case("Liberty's health check", 200, get("/health/ready", null), LIBERTYS_POLICY));
        cases.add(new Case("Liberty's OpenAPI document", 200, get("/openapi", null), LIBERTYS_POLICY));
        cases.add(new Case("Liberty's health, not found", 404, get("/health/nothing", null), LIBERTYS_POLICY));
        return cases;
    }

    static List<String> get(String path, String authorization) {
        List<String> head = new ArrayList<>(List.of("GET " + path + " HTTP/1.1", "Host: localhost", "Connection: close"));
        if (authorization != null) {
            head.add("Authorization: " + authorization);
        }
        return head;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + LocusClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
