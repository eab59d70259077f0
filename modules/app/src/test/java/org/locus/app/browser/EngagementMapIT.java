package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * A manager watches an engagement move on its map: intake is the current stage on the map; the stage's diagram
 * has its first task current; staff complete it (through the API, as another person would, elsewhere) and the
 * highlight moves to the next task without the page being reloaded. The process view shows figures on its
 * diagram. An auditor reads both; staff are refused. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementMapIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onTestServer();
        // The page refreshes its markers every 4 s and a busy machine draws slowly: wait longer than the default 5 s.
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
    void theHighlightMovesOnTheDiagramAsStaffCompleteATask() {
        String place = "Mapshire " + UUID.randomUUID().toString().substring(0, 8);
        try (Engagements engagements = browser.engagements()) {
            String engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");

            Page morgan = browser.signedIn("morgan");
            morgan.navigate("/engagements/view.xhtml?id=" + engagementId);
            morgan.locator("#engagement-map-link").click();
            assertThat(morgan).hasURL(Pattern.compile("/manage/engagement\\.xhtml\\?id=" + engagementId + "$"));
            assertThat(morgan.locator("#diagram")).hasAttribute("data-ready", "true");
            assertThat(shape(morgan, "intake")).hasClass(Pattern.compile("\\bapp-current\\b"));
            assertThat(shape(morgan, "firstContactLogged")).hasClass(Pattern.compile("\\bapp-passed\\b"));
            assertThat(morgan.locator("#activity-state-intake")).hasText("Current");
            assertThat(morgan.locator("#activity-state-diagnostic")).hasText("Not reached");
            browser.assertAccessible(morgan);
            picture(morgan, "map");

            // The stage's shape opens the stage.
            shape(morgan, "intake").click();
            assertThat(morgan).hasURL(Pattern.compile("stage=intake"));
            assertThat(morgan.locator("#diagram")).hasAttribute("data-ready", "true");
            assertThat(shape(morgan, "assessFit")).hasClass(Pattern.compile("\\bapp-current\\b"));
            assertThat(morgan.locator("#activity-state-confirmFit")).hasText("Not reached");
            assertThat(morgan.locator("#timeline")).containsText("Assess fit with the remit");
            browser.assertAccessible(morgan);

            String loadedAt = String.valueOf(morgan.evaluate("() => performance.timeOrigin"));
            engagements.completeOpenTask(engagementId, ApiJson.ASSESS_FIT);

            // No reload: the page's own refresh moves the markers and the words beside them.
            assertThat(shape(morgan, "confirmFit")).hasClass(Pattern.compile("\\bapp-current\\b"));
            assertThat(shape(morgan, "assessFit")).hasClass(Pattern.compile("\\bapp-passed\\b"));
            assertThat(morgan.locator("#activity-state-assessFit")).hasText("Passed");
            assertThat(morgan.locator("#activity-state-confirmFit")).hasText("Current");
            assertThat(morgan.locator("#diagram-status")).hasText("Now: Confirm fit or refer elsewhere.");
            assertThat(String.valueOf(morgan.evaluate("() => performance.timeOrigin"))).isEqualTo(loadedAt);
            picture(morgan, "stage-moved");

            // Back on the map by its link; the stage link list opens it too.
            morgan.locator("#map-link").click();
            morgan.locator("#stage-link-intake").click();
            assertThat(morgan.locator("#map-heading")).containsText("Intake");

            Page alex = browser.signedIn("alex");
            alex.navigate("/manage/engagement.xhtml?id=" + engagementId + "&stage=intake");
            assertThat(alex.locator("#diagram")).hasAttribute("data-ready", "true");
            assertThat(shape(alex, "confirmFit")).hasClass(Pattern.compile("\\bapp-current\\b"));

            Page sam = browser.signedIn("sam");
            Response refused = sam.navigate("/manage/engagement.xhtml?id=" + engagementId);
            assertThat(refused.status()).isEqualTo(403);
        }
    }

    @Test
    void theProcessViewShowsItsFiguresOnTheDiagramAndInATable() {
        try (Engagements engagements = browser.engagements()) {
            String engagementId = engagements.logFirstContact("Heatshire " + UUID.randomUUID().toString().substring(0, 8), "Cllr Ada Hale");
            engagements.completeOpenTask(engagementId, ApiJson.ASSESS_FIT);
        }
        Page alex = browser.signedIn("alex");
        alex.navigate("/manage/processes.xhtml");
        alex.getByLabel("Diagram").selectOption("intake");
        alex.getByLabel("Period").selectOption("7");
        alex.locator("#show").click();
        assertThat(alex.locator("#diagram")).hasAttribute("data-ready", "true");
        Locator assessFit = alex.locator("#heat-assessFit");
        assertThat(assessFit).isVisible();
        assertThat(assessFit.locator("td").nth(1)).not().hasText("0");
        assertThat(shape(alex, "assessFit")).hasClass(Pattern.compile("\\bapp-heat-[0-4]\\b"));
        assertThat(alex.locator(".app-heat-badge").first()).isVisible();
        assertThat(alex.locator("#heat-confirmFit td").first()).not().hasText("0");
        browser.assertAccessible(alex);
        picture(alex, "heat");

        alex.getByLabel("Period").selectOption("custom");
        alex.locator("#from-day").fill("31");
        alex.locator("#from-month").fill("2");
        alex.locator("#from-year").fill("2026");
        alex.locator("#show").click();
        assertThat(alex.locator(".govuk-error-summary")).containsText("Start date must be a real date");
        assertThat(alex).hasTitle(Pattern.compile("^Error: "));
        browser.assertAccessible(alex);
    }

    /** With {@code -Dbrowser.screenshots=<folder>}, the page at the journey's width too, for people to look at. */
    private static void picture(Page page, String name) {
        String folder = System.getProperty("browser.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of(folder, "engagement-map-" + name + "-1280.png")));
        }
    }

    /** The drawn shape of a diagram element (bpmn-js marks its group with the element's id). */
    private static Locator shape(Page page, String elementId) {
        return page.locator("#diagram .djs-element.djs-shape[data-element-id=\"" + elementId + "\"]");
    }
}
