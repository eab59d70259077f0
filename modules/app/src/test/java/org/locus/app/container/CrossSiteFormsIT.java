package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * Cross-site request forgery (docs/security.md, "Headers and CSRF"): a form post without its view state, with a
 * view state the session never had, or from another site (Origin, Sec-Fetch-Site, or a foreign Referer with no
 * Origin) is a 403 with "This form has expired or came from another site" and saves nothing; the same form from
 * Locus's own page is saved, so the refusals are the check's doing. Shown on the first contact (a form that
 * writes), the sign-in form and sign-out; the API refuses a browser's post from another site too.
 */
@ExtendWith(ArquillianExtension.class)
class CrossSiteFormsIT {

    private static final String FIRST_CONTACT = "/enquiries/new.xhtml";
    private static final String REFUSED = "This form has expired or came from another site";
    private static final String EVIL = "https://evil.example";

    private final LocusClient api = LocusClient.forTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void aFirstContactWithoutItsStateOrFromAnotherSiteIsRefusedAndSavesNothingFromItsOwnPageItIsSaved() {
        FormSession sam = FormSession.onTestServer();
        sam.signIn("sam");
        String place = "Forgeshire " + UUID.randomUUID();
        FormSession.Form form = firstContact(sam, place);

        assertRefused(sam.post(form.without(FormSession.VIEW_STATE)), "without its view state");
        assertRefused(sam.post(form.with(FormSession.VIEW_STATE, "-1234567890123456789:-987654321")), "with a made-up view state");
        assertRefused(sam.post(form, "Origin", EVIL), "with another site's Origin");
        assertRefused(sam.post(form, "Origin", "null"), "with the Origin null");
        assertRefused(sam.post(form, "Sec-Fetch-Site", "cross-site"), "marked cross-site by the browser");
        assertRefused(sam.post(form, "Sec-Fetch-Site", "same-site", "Origin", "https://other.localhost"), "from a sibling site");
        assertRefused(sam.post(form, "Referer", EVIL + "/page.html"), "with another site's Referer and no Origin");
        assertThat(engagementsFor(place)).as("nothing saved by a refused post").isZero();

        HttpResponse<String> saved = sam.post(form, "Origin", sam.ownOrigin(), "Sec-Fetch-Site", "same-origin",
                "Referer", sam.ownOrigin() + FIRST_CONTACT);
        assertThat(saved.statusCode()).as("the same form from Locus's page: %s", saved.body()).isIn(302, 303);
        assertThat(engagementsFor(place)).as("saved from Locus's own page").isEqualTo(1);
    }

    @Test
    void signingInFromAnotherSiteIsRefused() {
        FormSession person = FormSession.onTestServer();
        FormSession.Form login = person.form("/login.xhtml", "login").with("userId", "sam")
                .with("password", LocusClient.DEMO_PASSWORD).press("signIn");

        assertRefused(person.post(login, "Origin", EVIL), "a sign-in from another site");
        assertRefused(person.post(login.without(FormSession.VIEW_STATE)), "a sign-in without its view state");
        assertThat(person.get("/index.xhtml").statusCode()).as("still signed out").isEqualTo(302);

        assertThat(person.post(login, "Origin", person.ownOrigin()).statusCode()).isIn(302, 303);
        assertThat(person.get("/index.xhtml").statusCode()).as("signed in from Locus's own page").isEqualTo(200);
    }

    @Test
    void signingOutWithoutTheTokenOrFromAnotherSiteIsRefused() {
        FormSession sam = FormSession.onTestServer();
        sam.signIn("sam");
        FormSession.Form signOut = sam.form("/index.xhtml", "sign-out");

        assertRefused(sam.post(signOut.without("token")), "a sign-out without its token");
        assertRefused(sam.post(signOut, "Origin", EVIL), "a sign-out from another site");
        assertThat(sam.get("/index.xhtml").statusCode()).as("still signed in").isEqualTo(200);

        assertThat(sam.post(signOut, "Origin", sam.ownOrigin()).statusCode()).isIn(302, 303);
        assertThat(sam.get("/index.xhtml").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void anApiPostFromAnotherSiteIsRefusedWithProblemDetailsAndAProgramsPostIsNot() {
        String place = "Forgeshire " + UUID.randomUUID();
        String body = ApiJson.firstContact(place).toString();

        HttpResponse<String> refused = api.sendWithHeaders("sam", "POST", "/api/enquiries", body, "Origin", EVIL);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ApiJson.object(refused.body()).getString("title")).isEqualTo(REFUSED);
        assertThat(engagementsFor(place)).isZero();

        HttpResponse<String> created = api.send("sam", "POST", "/api/enquiries", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(engagementsFor(place)).isEqualTo(1);
    }

    private static FormSession.Form firstContact(FormSession session, String place) {
        FormSession.Form form = session.form(FIRST_CONTACT, "form")
                .with("placeName", place)
                .with("organisations", place + " Council")
                .with("contactName", "Jo Leader")
                .with("contactJobTitle", "Leader of the council")
                .with("contactOrganisation", place + " Council")
                .with("presentingIssue", "The top team wants to work better with partners.")
                .with("howHeard", "A peer");
        return form.press("save");
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(403);
        assertThat(response.body()).as(what).contains(REFUSED).doesNotContain("Exception");
    }

    private long engagementsFor(String place) {
        return api.getObject("sam", "/api/engagements?q=" + java.net.URLEncoder.encode(place, java.nio.charset.StandardCharsets.UTF_8))
                .getJsonNumber("total").longValue();
    }
}
