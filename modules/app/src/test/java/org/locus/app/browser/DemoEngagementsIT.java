package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a newcomer meets on the demo profile (the test server runs it, on a database that started empty):
 * each demo user has work waiting, one task is overdue, and an auditor finds engagements that have ended
 * (referred elsewhere, agreed) by place, by reference and by status.
 */
@ExtendWith(ArquillianExtension.class)
class DemoEngagementsIT {

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
    void eachDemoUserHasWorkWaitingAndOneTaskIsOverdue() {
        Page sam = browser.signedIn("sam");
        sam.navigate("/tasks/index.xhtml?scope=mine");
        Locator southdown = sam.locator("#tasks tr", new Page.LocatorOptions().setHasText("Southdown"));
        assertThat(southdown).containsText("Draft the agreement");
        assertThat(southdown).containsText("Overdue");
        assertThat(sam.locator("#tasks")).containsText("Eastvale");
        assertThat(sam.locator("#tasks tr", new Page.LocatorOptions().setHasText("Kingsbridge")))
                .containsText("Plan the interviews");
        assertThat(sam.locator("#tasks tr", new Page.LocatorOptions().setHasText("Ashford")))
                .containsText("Record your interviews and observations");
        browser.assertAccessible(sam);

        Page jordan = browser.signedIn("jordan");
        jordan.navigate("/tasks/index.xhtml?scope=mine");
        assertThat(jordan.locator("#tasks tr", new Page.LocatorOptions().setHasText("Ashford")))
                .containsText("Record your interviews and observations");

        Page priya = browser.signedIn("priya");
        priya.navigate("/tasks/index.xhtml?scope=mine");
        assertThat(priya.locator("#tasks")).containsText("Westmoor");
        assertThat(priya.locator("#tasks tr", new Page.LocatorOptions().setHasText("Ashford")))
                .containsText("Record the team survey");
        priya.navigate("/tasks/index.xhtml?scope=groups");
        assertThat(priya.locator("#tasks")).containsText("Northshire");

        Page morgan = browser.signedIn("morgan");
        morgan.navigate("/tasks/index.xhtml?scope=mine");
        assertThat(morgan.locator("#tasks")).containsText("Highcombe");
        morgan.navigate("/tasks/index.xhtml?scope=groups");
        assertThat(morgan.locator("#tasks")).containsText("Riverton");
    }

    @Test
    void anAuditorFindsEngagementsByPlaceReferenceAndStatusAndReadsTheDiagnostic() {
        Page alex = browser.signedIn("alex");
        alex.navigate("/engagements/index.xhtml");
        assertThat(alex.locator("#engagements")).containsText("Kingsbridge");
        browser.assertAccessible(alex);

        find(alex, "lowfield", "Any status");
        Locator lowfield = alex.locator("#engagements tbody tr");
        assertThat(lowfield).hasCount(1);
        assertThat(lowfield).containsText("Referred elsewhere");
        browser.assertAccessible(alex);

        find(alex, "", "Referred elsewhere");
        assertThat(alex.locator("#engagements")).not().containsText("Northshire");
        find(alex, "ashford", "Open");
        Locator ashford = alex.locator("#engagements tbody tr");
        assertThat(ashford).hasCount(1);
        assertThat(ashford).containsText("Diagnostic");
        String reference = ashford.locator("a").first().textContent().strip();

        // A reference found by its start, in any case, whatever the status filter said before.
        find(alex, reference.toLowerCase(), "Any status");
        assertThat(alex.locator("#engagements tbody tr")).hasCount(1);
        alex.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(alex.locator("#engagement-heading")).hasText("Engagement " + reference);
        assertThat(alex.locator("#engagement-stage")).hasText("Diagnostic");
        assertThat(alex.locator("#engagement-status")).hasText("Open");
        assertThat(alex.locator("#interview-plan")).containsText("2 political, 1 managerial, 0 partner");
        assertThat(alex.locator("#interviews")).containsText("Lena Brandt");
        browser.assertAccessible(alex);

        alex.goBack();
        find(alex, "Nowhereshire", "Any status");
        assertThat(alex.locator("#no-engagements")).containsText("No engagement matches");
        browser.assertAccessible(alex);
    }

    private static void find(Page page, String text, String status) {
        page.getByLabel("Place or reference").fill(text);
        page.getByLabel("Status").selectOption(status);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find engagements")).click();
        assertThat(page).hasURL(Pattern.compile("/engagements/index\\.xhtml\\?q="));
    }
}
