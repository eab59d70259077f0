package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
 * The first stage as people live it, in a real browser: staff log a first contact, assess fit,
 * confirm it, scope the engagement and draft the agreement; a manager approves it and assigns the
 * team; the engagement then shows as agreed with its team. Every page visited passes axe-core's
 * WCAG 2.2 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class EngagementJourneyIT {

    private static Browser browser;

    private final String place = "Journeyshire " + UUID.randomUUID().toString().substring(0, 8);
    private String engagementPage;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onTestServer();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void takesAnEngagementFromFirstContactToAnAssignedTeam() {
        Page sam = browser.newPerson();
        signIn(sam, "sam");

        String reference = logFirstContact(sam);
        claimFromGroupsAndOpen(sam, reference, "Assess fit with the remit");
        answer(sam, "Is the top political and managerial team of the place involved?", "Yes");
        answer(sam, "Is the work about the place and its partners, not a single organisation?", "Yes");
        answer(sam, "Do we have the capacity to take it on now?", "Yes");
        answer(sam, "Is funding available for the work?", "Yes");
        submit(sam, "Save and continue");

        claimFromGroupsAndOpen(sam, reference, "Confirm fit or refer elsewhere");
        assertThat(sam.locator("main")).containsText("Fits the remit");
        answer(sam, "What do you decide?", "Take the work on");
        submit(sam, "Confirm decision");

        claimFromGroupsAndOpen(sam, reference, "Scope the engagement and name the sponsors");
        fillSponsor(sam, "political", "Cllr Ada Hale", "Leader of the council", place + " Council");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sponsors")).click();
        assertThat(sam.locator("main")).containsText("managerial sponsor");
        browser.assertAccessible(sam);
        fillSponsor(sam, "managerial", "Ben Ortiz", "Chief executive", place + " Council");
        submit(sam, "Complete scoping");

        claimFromGroupsAndOpen(sam, reference, "Draft the agreement and record sign-off");
        sam.getByLabel("Ambition").fill("A top team that leads the place together with its partners.");
        sam.getByLabel("Timeline").fill("January to July 2027");
        sam.getByLabel("Funding source").fill("Council improvement fund");
        sam.getByLabel("Enabler days").fill("20");
        sam.getByLabel("Budget in pounds").fill("45000");
        fillDate(sam, "When did the political sponsor sign off the agreement?", "3", "11", "2026");
        fillDate(sam, "When did the managerial sponsor sign off the agreement?", "4", "11", "2026");
        submit(sam, "Send for approval");
        signOut(sam);

        Page morgan = browser.newPerson();
        signIn(morgan, "morgan");
        claimFromGroupsAndOpen(morgan, reference, "Approve the agreement");
        assertThat(morgan.locator("main")).containsText("Council improvement fund");
        answer(morgan, "Do you approve the agreement?", "Approve the agreement");
        submit(morgan, "Confirm decision");

        claimFromGroupsAndOpen(morgan, reference, "Assign the lead and enablers");
        morgan.getByLabel("Engagement lead").selectOption("sam");
        morgan.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Enablers"))
                .getByLabel(Pattern.compile("Priya")).check();
        submit(morgan, "Assign team");

        morgan.navigate("/engagements/index.xhtml");
        browser.assertAccessible(morgan);
        morgan.navigate(engagementPage);
        assertThat(morgan.locator("#engagement-heading")).hasText("Engagement " + reference);
        // Agreed with its team, the map has moved it on to the diagnostic, still open.
        assertThat(morgan.locator("#engagement-stage")).hasText("Diagnostic");
        assertThat(morgan.locator("#engagement-status")).hasText("Open");
        assertThat(morgan.locator("main")).containsText("Sam Okafor");
        assertThat(morgan.locator("main")).containsText("Priya Shah");
        browser.assertAccessible(morgan);

        assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void showsEachMistakeOnTheFormAndKeepsWhatWasTyped() {
        Page sam = browser.newPerson();
        signIn(sam, "sam");
        sam.navigate("/enquiries/new.xhtml");
        sam.getByLabel("Place", new Page.GetByLabelOptions().setExact(true)).fill(place);

        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save first contact")).click();

        Locator summary = sam.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("There is a problem");
        assertThat(summary).containsText("Enter the contact's name");
        assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Enter the contact's name")))
                .hasAttribute("href", "#form:contactName:field");
        assertThat(sam.getByLabel("Place", new Page.GetByLabelOptions().setExact(true))).hasValue(place);
        assertThat(sam).hasTitle(Pattern.compile("^Error: "));
        browser.assertAccessible(sam);
    }

    @Test
    void sendsPeopleWhoAreNotSignedInToTheSignInPage() {
        Page visitor = browser.newPerson();
        visitor.navigate("/tasks/index.xhtml");
        assertThat(visitor).hasURL(Pattern.compile("/login\\.xhtml"));
        browser.assertAccessible(visitor);
        visitor.getByLabel("User id").fill("sam");
        visitor.getByLabel("Password").fill("not the password");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(visitor.locator(".govuk-error-summary")).containsText("Enter a correct user id and password");
        browser.assertAccessible(visitor);
    }

    private void signIn(Page page, String user) {
        browser.signIn(page, user);
        browser.assertAccessible(page);
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\.xhtml"));
    }

    /** Logs the first contact and returns the engagement's reference from its page. */
    private String logFirstContact(Page sam) {
        sam.navigate("/enquiries/new.xhtml");
        browser.assertAccessible(sam);
        sam.getByLabel("Place", new Page.GetByLabelOptions().setExact(true)).fill(place);
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check place")).click();
        assertThat(sam.locator("main")).containsText("This is a new place");
        sam.getByLabel("Organisations involved").fill(place + " Council\n" + place + " Integrated Care Board");
        sam.getByLabel("Full name").fill("Cllr Ada Hale");
        answer(sam, "Are they a political or a managerial leader?", Pattern.compile("^Political"));
        sam.getByLabel("Job title").fill("Leader of the council");
        sam.getByLabel("Their organisation").fill(place + " Council");
        sam.getByLabel("Presenting issue").fill("The new top team wants to lead the place with its partners.");
        sam.getByLabel("How did they hear about us?").fill("A colleague in a neighbouring council");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save first contact")).click();

        assertThat(sam).hasURL(Pattern.compile("/engagements/view\\.xhtml\\?id="));
        engagementPage = sam.url();
        assertThat(sam.locator(".govuk-notification-banner")).containsText("First contact logged for " + place);
        browser.assertAccessible(sam);
        String heading = sam.locator("#engagement-heading").textContent().trim();
        assertThat(heading).startsWith("Engagement ENG-");
        return heading.substring("Engagement ".length());
    }

    /** Finds the engagement's task in "My groups' tasks" (page by page), claims it, and opens it from "My tasks". */
    private void claimFromGroupsAndOpen(Page page, String reference, String taskName) {
        page.navigate("/tasks/index.xhtml?scope=groups");
        browser.assertAccessible(page);
        Locator claim = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Claim " + taskName + " for " + reference));
        while (claim.count() == 0) {
            Locator next = page.locator("a[rel=next]");
            assertThat(next.count()).as("the task %s for %s is on no page of My groups' tasks", taskName, reference).isPositive();
            // Going to the next page's address waits for it to load; a click could leave the old page counted again.
            page.navigate(next.first().getAttribute("href"));
        }
        claim.click();
        assertThat(page.locator(".govuk-notification-banner")).isVisible();

        page.navigate("/tasks/index.xhtml?scope=mine");
        Locator row = page.locator("#tasks tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(place);
        browser.assertAccessible(page);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taskName)).click();
        assertThat(page.locator("h1")).containsText(taskName);
        browser.assertAccessible(page);
    }

    private void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertThat(page).hasURL(Pattern.compile("/tasks/index\\.xhtml"));
        assertThat(page.locator(".govuk-notification-banner")).isVisible();
        browser.assertAccessible(page);
    }

    private static void answer(Page page, String question, String choice) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    private static void answer(Page page, String question, Pattern choice) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question)).getByLabel(choice).check();
    }

    private static void fillSponsor(Page page, String side, String name, String jobTitle, String organisation) {
        page.locator("#form\\:" + side + "Name\\:field").fill(name);
        page.locator("#form\\:" + side + "JobTitle\\:field").fill(jobTitle);
        page.locator("#form\\:" + side + "Organisation\\:field").fill(organisation);
    }

    private static void fillDate(Page page, String question, String day, String month, String year) {
        Locator date = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question));
        date.getByLabel("Day").fill(day);
        date.getByLabel("Month").fill(month);
        date.getByLabel("Year").fill(year);
    }
}
