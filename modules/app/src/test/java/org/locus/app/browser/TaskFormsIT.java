package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The task forms as staff use them every day: every error of a form at once and a date corrected
 * without losing anything, a group task opened (and so claimed) in one step, the engagement's next
 * task offered after a completion, who holds a task someone else opened, the way back to the page a
 * task was opened from, and the place's known leaders offered as sponsors. Each test brings its own
 * engagement to its task through the API; every page visited passes axe-core and reflows at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class TaskFormsIT {

    private static Browser browser;
    private static Engagements engagements;

    private final String place = "Formshire " + UUID.randomUUID().toString().substring(0, 8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.onTestServer();
        engagements = browser.engagements();
    }

    @AfterAll
    static void stopBrowser() {
        if (engagements != null) {
            engagements.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void listsEveryErrorOfTheAgreementAtOnceAndSavesItOnlyOnceCorrected() {
        String engagementId = engagements.atDraftAgreement(place);
        Page sam = browser.signedIn("sam");
        openFromEngagement(sam, engagementId, "Draft the agreement and record sign-off");

        sam.getByLabel("Timeline").fill("January to July 2027");
        sam.getByLabel("Funding source").fill("Council improvement fund");
        sam.getByLabel("Enabler days").fill("ten");
        sam.getByLabel("Budget in pounds").fill("-500");
        fillDate(sam, "When did the political sponsor sign off the agreement?", "31", "02", "2026");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();

        // The field's own error (a date that is not real), the form's ("ten") and the agreement's
        // constraints (no ambition, a negative budget, no managerial date), all in one answer.
        Locator summary = sam.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.locator("li")).hasText(new String[] {
                "Enter the ambition",
                "Enabler days must be a whole number, like 12",
                "Budget must be 0 or more",
                "Date the political sponsor signed off must be a real date",
                "Enter the date the managerial sponsor signed off"});
        assertThat(summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Budget must be 0 or more")))
                .hasAttribute("href", "#form:budget:field");
        assertThat(sam.locator("#form\\:enablerDays\\:field")).hasValue("ten");
        assertThat(sam.locator("#form\\:budget\\:field")).hasValue("-500");
        Locator political = dateGroup(sam, "When did the political sponsor sign off the agreement?");
        assertThat(political.getByLabel("Day")).hasValue("31");
        assertThat(political.getByLabel("Year")).hasValue("2026");
        assertThat(sam).hasTitle(Pattern.compile("^Error: "));
        browser.assertAccessible(sam);
        var unsaved = engagements.summary(engagementId);
        assertThat(!unsaved.containsKey("agreement") || unsaved.isNull("agreement")).as("nothing saved while anything is wrong").isTrue();

        // Correcting the date is where the form used to fail (HTTP 500).
        fillDate(sam, "When did the political sponsor sign off the agreement?", "28", "02", "2026");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();
        assertThat(summary.locator("li")).hasText(new String[] {
                "Enter the ambition",
                "Enabler days must be a whole number, like 12",
                "Budget must be 0 or more",
                "Enter the date the managerial sponsor signed off"});
        assertThat(political.getByLabel("Day")).hasValue("28");
        browser.assertAccessible(sam);

        sam.getByLabel("Ambition").fill("A top team that leads the place together with its partners.");
        sam.getByLabel("Enabler days").fill("20");
        sam.getByLabel("Budget in pounds").fill("45,000");
        fillDate(sam, "When did the managerial sponsor sign off the agreement?", "1", "3", "2026");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for approval")).click();

        assertThat(sam).hasURL(Pattern.compile("/tasks/index\\.xhtml"));
        assertThat(sam.locator("#confirmation")).containsText("Agreement drafted for " + place);
        browser.assertAccessible(sam);
        var agreement = engagements.summary(engagementId).getJsonObject("agreement");
        assertThat(agreement.getString("politicalSignOff")).isEqualTo("2026-02-28");
        assertThat(agreement.getInt("enablerDays")).isEqualTo(20);
    }

    @Test
    void opensAGroupTaskInOneStepAndOffersTheEngagementsNextTask() {
        String engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");
        String reference = engagements.summary(engagementId).getString("reference");
        Page sam = browser.signedIn("sam");

        sam.navigate("/tasks/index.xhtml?scope=groups");
        browser.assertAccessible(sam);
        Locator row = rowOnSomePage(sam, reference);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assess fit with the remit")).click();

        assertThat(sam.locator("h1")).hasText("Assess fit with the remit");
        browser.assertAccessible(sam);
        assertThat(engagements.openTask(engagementId).getString("assignee")).as("opening it claimed it").isEqualTo("sam");
        for (String question : List.of("Is the top political and managerial team of the place involved?",
                "Is the work about the place and its partners, not a single organisation?",
                "Do we have the capacity to take it on now?", "Is funding available for the work?")) {
            sam.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                    .getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();

        Locator banner = sam.locator("#confirmation");
        assertThat(banner).containsText("Fit assessed for " + place);
        assertThat(banner.locator("#confirmation-engagement")).hasText("View engagement " + reference);
        assertThat(banner.locator("#next-task")).hasText("Next task: Confirm fit or refer elsewhere");
        browser.assertAccessible(sam);
        banner.locator("#next-task").click();

        assertThat(sam.locator("h1")).hasText("Confirm fit or refer elsewhere");
        assertThat(sam.locator("#task-engagement")).hasAttribute("href", Pattern.compile("/engagements/view\\.xhtml\\?id=" + engagementId));
        browser.assertAccessible(sam);
    }

    @Test
    void saysWhoHoldsATaskAndSaysYouForTheReadersOwnCompletion() {
        String engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");
        String taskId = engagements.openTaskId(engagementId);
        Page sam = browser.signedIn("sam");
        sam.navigate("/intake/forms/assess-fit.xhtml?task=" + taskId);
        assertThat(sam.locator("h1")).hasText("Assess fit with the remit");

        Page priya = browser.signedIn("priya");
        priya.navigate("/intake/forms/assess-fit.xhtml?task=" + taskId);
        assertThat(priya.locator("h1")).hasText("You cannot work on this task");
        assertThat(priya.locator("main")).containsText("This task has been claimed by sam.");
        browser.assertAccessible(priya);

        engagements.completeOpenTask(engagementId, ApiJson.ASSESS_FIT);
        sam.navigate("/intake/forms/assess-fit.xhtml?task=" + taskId);
        assertThat(sam.locator("main")).containsText("This task was already completed by you.");
        browser.assertAccessible(sam);
    }

    @Test
    void goesBackToTheEngagementATaskWasOpenedFrom() {
        String engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");
        Page sam = browser.signedIn("sam");
        openFromEngagement(sam, engagementId, "Assess fit with the remit");

        Locator back = sam.locator("#back-link");
        assertThat(back).hasText("Back");
        back.click();
        assertThat(sam).hasURL(Pattern.compile("/engagements/view\\.xhtml\\?id=" + engagementId));

        sam.navigate("/intake/forms/assess-fit.xhtml?task=" + engagements.openTaskId(engagementId));
        assertThat(sam.locator("#back-link")).hasText("Back to your tasks");
        assertThat(sam.locator("#back-link")).hasAttribute("href", Pattern.compile("/tasks/index\\.xhtml$"));
    }

    @Test
    void offersThePlacesKnownLeadersAndOrganisationsWhenNamingTheSponsors() {
        String engagementId = engagements.logFirstContact(place, "Cllr Ada Hale");
        engagements.completeOpenTask(engagementId, ApiJson.ASSESS_FIT);
        engagements.completeOpenTask(engagementId, ApiJson.CONFIRM_FIT);
        Page sam = browser.signedIn("sam");
        openFromEngagement(sam, engagementId, "Scope the engagement and name the sponsors");

        assertThat(sam.locator("#first-contact")).containsText("Cllr Ada Hale, Leader of the council, " + place + " Council");
        assertThat(sam.locator("#first-contact")).containsText("The top team wants to work better with partners.");
        assertThat(sam.locator("#form\\:politicalName\\:field-suggestions option"))
                .hasAttribute("value", "Cllr Ada Hale");
        assertThat(sam.locator("#form\\:managerialOrganisation\\:field-suggestions option").first())
                .hasAttribute("value", place + " Council");

        // A known leader chosen by name brings their job title and organisation; someone new is typed in full.
        sam.locator("#form\\:politicalName\\:field").fill("cllr ada hale");
        sam.locator("#form\\:managerialName\\:field").fill("Ben Ortiz");
        sam.locator("#form\\:managerialJobTitle\\:field").fill("Chief executive");
        sam.locator("#form\\:managerialOrganisation\\:field").fill(place + " NHS Trust");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete scoping")).click();

        assertThat(sam.locator("#confirmation")).containsText("Scoping completed for " + place);
        var summary = engagements.summary(engagementId);
        assertThat(summary.getJsonObject("politicalSponsor").getString("jobTitle")).isEqualTo("Leader of the council");
        assertThat(summary.getJsonObject("politicalSponsor").getString("organisation")).isEqualTo(place + " Council");
        assertThat(summary.getJsonObject("managerialSponsor").getString("organisation")).isEqualTo(place + " NHS Trust");
    }

    /** Opens the engagement's page and its one open task from there. */
    private static void openFromEngagement(Page page, String engagementId, String taskName) {
        page.navigate("/engagements/view.xhtml?id=" + engagementId);
        browser.assertAccessible(page);
        page.locator("#open-tasks").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taskName)).click();
        assertThat(page.locator("h1")).hasText(taskName);
        browser.assertAccessible(page);
    }

    /** The row of the engagement's task in the list shown, turning its pages until it is found. */
    private static Locator rowOnSomePage(Page page, String reference) {
        Locator row = page.locator("#tasks tr", new Page.LocatorOptions().setHasText(reference));
        while (row.count() == 0) {
            Locator next = page.locator("a[rel=next]");
            assertThat(next.count()).as("%s is on no page of the list", reference).isPositive();
            // Going to the next page's address waits for it to load; a click could leave the old page counted again.
            page.navigate(next.first().getAttribute("href"));
        }
        return row;
    }

    private static Locator dateGroup(Page page, String question) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question));
    }

    private static void fillDate(Page page, String question, String day, String month, String year) {
        Locator date = dateGroup(page, question);
        date.getByLabel("Day").fill(day);
        date.getByLabel("Month").fill(month);
        date.getByLabel("Year").fill(year);
    }
}
