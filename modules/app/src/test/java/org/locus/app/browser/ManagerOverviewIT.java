package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * A manager finds overdue work from the overview and the workload (the demo's Southdown agreement, made
 * two days past due) and is offered to reassign it; an auditor reads the same pages without any action; staff are
 * refused both. Every page is axe-core clean and reflows at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class ManagerOverviewIT {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.onTestServer();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aManagerFindsAnOverdueTaskFromTheOverviewAndTheWorkload() {
        Page morgan = browser.signedIn("morgan");
        morgan.locator("#nav-manage a").click();
        assertThat(morgan.locator("h1")).hasText("Overview of engagements");
        assertThat(morgan.locator("#manage-nav-overview")).hasAttribute("aria-current", "page");
        browser.assertAccessible(morgan);

        morgan.getByLabel("Flag").selectOption("OVERDUE");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show engagements")).click();
        Locator southdown = morgan.locator("#overview tbody tr", new Page.LocatorOptions().setHasText("Southdown"));
        assertThat(southdown).containsText("Draft the agreement and record sign-off");
        assertThat(southdown.locator(".govuk-tag", new Locator.LocatorOptions().setHasText("Overdue")).first()).isVisible();
        assertThat(morgan.locator("#overview tbody tr")).not().hasCount(0);
        for (Locator row : morgan.locator("#overview tbody tr").all()) {
            assertThat(row).containsText("Overdue");
        }
        assertThat(southdown.getByRole(AriaRole.LINK).first()).hasAttribute("href",
                java.util.regex.Pattern.compile("/manage/engagement\\.xhtml\\?id="));
        browser.assertAccessible(morgan);

        morgan.locator("#manage-nav-workload").click();
        assertThat(morgan.locator("h1")).hasText("Workload and overdue work");
        Locator overdue = morgan.locator("#overdue tbody tr", new Page.LocatorOptions().setHasText("Southdown"));
        assertThat(overdue).containsText("Draft the agreement and record sign-off");
        assertThat(overdue).containsText(java.util.regex.Pattern.compile("\\d+ days?"));
        assertThat(overdue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reassign Draft the agreement and record sign-off")))
                .hasAttribute("href", java.util.regex.Pattern.compile("/manage/reassign\\.xhtml\\?task=[0-9a-f-]+$"));
        assertThat(morgan.locator("#workload-groups")).containsText("staff");
        browser.assertAccessible(morgan);

        // The demo's overdue task stays as it is for the other tests: the reassignment itself is ManagerControlIT's.
        overdue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reassign Draft the agreement and record sign-off")).click();
        assertThat(morgan.locator("h1")).hasText("Reassign ‘Draft the agreement and record sign-off’");
        assertThat(morgan.locator(".govuk-caption-l")).containsText("Southdown");
        assertThat(morgan.getByLabel("Who takes it on").locator("option")).not().hasCount(0);
        browser.assertAccessible(morgan);
    }

    @Test
    void anAuditorReadsTheOverviewAndWorkloadWithoutAnyAction() {
        Page alex = browser.signedIn("alex");
        alex.navigate("/manage/index.xhtml?q=Southdown");
        assertThat(alex.locator("#overview tbody tr", new Page.LocatorOptions().setHasText("Southdown"))).containsText("Overdue");
        assertThat(alex.locator("main form[method=post]")).hasCount(0);
        browser.assertAccessible(alex);

        alex.navigate("/manage/workload.xhtml");
        assertThat(alex.locator("#overdue tbody tr", new Page.LocatorOptions().setHasText("Southdown"))).isVisible();
        assertThat(alex.locator("[id^=reassign-]")).hasCount(0);
        assertThat(alex.locator("main form[method=post]")).hasCount(0);
        browser.assertAccessible(alex);
    }

    @Test
    void staffSeeNoneOfTheManagersPages() {
        Page sam = browser.signedIn("sam");
        assertThat(sam.locator("#nav-manage")).hasCount(0);
        for (String path : new String[] {"/manage/index.xhtml", "/manage/workload.xhtml"}) {
            Response response = sam.navigate(path);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(403);
        }
    }
}
