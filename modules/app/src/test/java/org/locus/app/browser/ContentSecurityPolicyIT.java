package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The main pages under Locus's Content-Security-Policy (no inline script or style; docs/security.md): the sign-in
 * page, the tasklist, a task form, the engagement page, the engagement's map, the process view and the page that
 * refuses a form sent without its state. On each the
 * browser reports no violation (neither a securitypolicyviolation event nor a console message), GOV.UK Frontend
 * has started (its class on the body; the error summary takes the focus; the menu button shows on a phone's
 * width) and bpmn-js has drawn its diagram. axe-core on every page.
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityPolicyIT {

    /** Collects what the browser reports, installed before any script of the page runs (and not subject to the policy). */
    private static final String LISTEN = "document.addEventListener('securitypolicyviolation', e => "
            + "(window.__cspViolations = window.__cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI));";

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onTestServer();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSignInPageRunsGovukFrontendWithoutAViolation() {
        Page visitor = browser.newPerson();
        List<String> console = watch(visitor);
        visitor.navigate("/login.xhtml");
        assertGovukFrontendStarted(visitor);

        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(visitor.locator(".govuk-error-summary")).isVisible();
        // GOV.UK Frontend's error summary moves the focus to itself as the page loads: only its script does that.
        assertThat(visitor.locator(".govuk-error-summary")).isFocused();
        assertNoViolation(visitor, console);
        browser.assertAccessible(visitor);
    }

    /** A sign-in whose view state is lost on the way: the refusal page, in GOV.UK's layout, under the same policy. */
    @Test
    void aFormSentWithoutItsStateGetsTheRefusalPage() {
        Page visitor = browser.newPerson();
        List<String> console = watch(visitor);
        visitor.navigate("/login.xhtml");
        visitor.route("**/login.xhtml*", route -> {
            String body = route.request().postData();
            if ("POST".equals(route.request().method()) && body != null) {
                route.resume(new Route.ResumeOptions().setPostData(body.replaceAll("(^|&)jakarta\\.faces\\.ViewState=[^&]*", "")));
            } else {
                route.resume();
            }
        });
        visitor.getByLabel("User id").fill("sam");
        visitor.getByLabel("Password").fill("locus-demo");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(visitor.locator("h1")).hasText("This form has expired or came from another site");
        assertThat(visitor).hasTitle(Pattern.compile("^This form has expired or came from another site"));
        assertGovukFrontendStarted(visitor);
        assertNoViolation(visitor, console);
        browser.assertAccessible(visitor);
    }

    @Test
    void theWorkPagesRunTheirScriptsWithoutAViolation() {
        String place = "Policyshire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        String taskId;
        try (Engagements engagements = browser.engagements()) {
            engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");
            taskId = engagements.openTaskId(engagementId);
        }

        Page sam = browser.newPerson();
        List<String> samConsole = watch(sam);
        browser.signIn(sam, "sam");
        sam.navigate("/tasks/index.xhtml");
        assertGovukFrontendStarted(sam);
        assertNoViolation(sam, samConsole);
        browser.assertAccessible(sam);

        // The service navigation's menu button is GOV.UK Frontend's: hidden without it, shown at a phone's width with it.
        sam.setViewportSize(Browser.PHONE_WIDTH, 800);
        assertThat(sam.locator(".govuk-service-navigation__toggle")).isVisible();
        sam.locator(".govuk-service-navigation__toggle").click();
        assertThat(sam.locator("#navigation")).isVisible();
        sam.setViewportSize(1280, 1000);

        sam.navigate("/intake/forms/assess-fit.xhtml?task=" + taskId);
        assertThat(sam.locator("h1")).isVisible();
        assertGovukFrontendStarted(sam);
        assertNoViolation(sam, samConsole);
        browser.assertAccessible(sam);

        sam.navigate("/engagements/view.xhtml?id=" + engagementId);
        assertThat(sam.locator("main")).containsText(place);
        assertNoViolation(sam, samConsole);
        browser.assertAccessible(sam);

        Page morgan = browser.newPerson();
        List<String> morganConsole = watch(morgan);
        browser.signIn(morgan, "morgan");
        morgan.navigate("/manage/engagement.xhtml?id=" + engagementId);
        assertThat(morgan.locator("#diagram")).hasAttribute("data-ready", "true");
        assertThat(morgan.locator("#diagram svg").first()).isVisible();
        assertThat(morgan.locator("#diagram [data-element-id=intake]").first()).hasClass(Pattern.compile("\\bapp-current\\b"));
        assertGovukFrontendStarted(morgan);
        assertNoViolation(morgan, morganConsole);
        browser.assertAccessible(morgan);

        morgan.navigate("/manage/processes.xhtml");
        morgan.getByLabel("Diagram").selectOption("intake");
        morgan.locator("#show").click();
        assertThat(morgan.locator("#diagram")).hasAttribute("data-ready", "true");
        assertThat(morgan.locator("#diagram svg").first()).isVisible();
        assertNoViolation(morgan, morganConsole);
        browser.assertAccessible(morgan);
    }

    /** The page's violations from now on: events into window.__cspViolations, console lines into the list returned. */
    private static List<String> watch(Page page) {
        page.addInitScript(LISTEN);
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                console.add(message.text());
            }
        });
        return console;
    }

    private static void assertNoViolation(Page page, List<String> console) {
        Object reported = page.evaluate("() => window.__cspViolations || []");
        assertThat((List<?>) reported).as("securitypolicyviolation events on %s", page.url()).isEmpty();
        assertThat(console).as("Content-Security-Policy messages in the console on %s", page.url()).isEmpty();
    }

    private static void assertGovukFrontendStarted(Page page) {
        assertThat(page.locator("body")).hasClass(Pattern.compile("\\bgovuk-frontend-supported\\b"));
        assertThat(page.locator("body")).hasClass(Pattern.compile("\\bjs-enabled\\b"));
        // The skip link's module marks itself initialised only when GOV.UK Frontend's script has run.
        assertThat(page.locator(".govuk-skip-link")).hasAttribute("data-govuk-skip-link-init", "");
    }
}
