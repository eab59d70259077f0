package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An auditor finds an ended (withdrawn) engagement, reads its timeline (a form's values under the questions the
 * person answered, the withdrawal with its reason), filters it by kind and by person, and pages through it. Every
 * page passes axe-core's WCAG 2.2 AA rules and reflows at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class AuditorTimelineIT {

    private static Browser browser;

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
    void anAuditorFindsAWithdrawnEngagementAndReadsFiltersAndPagesItsTimeline() {
        String place = "Audithshire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        try (Engagements api = browser.engagements()) {
            engagementId = api.logFirstContact(place, "Cllr Ada Hale");
            Page sam = browser.signedIn("sam");
            JsonObject task = api.openTask(engagementId);
            sam.navigate("/" + task.getString("formKey") + "?task=" + task.getString("id"));
            GovukForms.answer(sam, "Is the top political and managerial team of the place involved?", "Yes");
            GovukForms.answer(sam, "Is the work about the place and its partners, not a single organisation?", "Yes");
            GovukForms.answer(sam, "Do we have the capacity to take it on now?", "Yes");
            GovukForms.answer(sam, "Is funding available for the work?", "No");
            sam.getByLabel("Notes (optional)").fill("Funding is promised for April.");
            sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
            assertThat(sam.locator("#confirmation")).containsText("Fit assessed");
            api.completeOpenTask(engagementId, Json.createObjectBuilder().add("decision", "accept")
                    .add("overrideReason", "April's funding is as good as agreed").build());
            api.completeOpenTask(engagementId, Json.createObjectBuilder()
                    .add("politicalSponsor", sponsor("Cllr Ada Hale", "Leader of the council", place + " Council"))
                    .add("managerialSponsor", sponsor("Ben Ortiz", "Chief executive", place + " Council"))
                    .build());
            // Sam opens the next task's form, which takes it on: the engagement then has more than a page of entries.
            JsonObject draft = api.openTask(engagementId);
            sam.navigate("/" + draft.getString("formKey") + "?task=" + draft.getString("id"));
            assertThat(sam.locator("h1")).containsText("Draft the agreement");
        }
        Page morgan = browser.signedIn("morgan");
        morgan.navigate("/engagements/view.xhtml?id=" + engagementId);
        morgan.locator("#engagement-withdraw").click();
        morgan.getByLabel("Why did the place withdraw?").fill("The council merged with its neighbour");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw engagement")).click();
        assertThat(morgan.locator("#confirmation")).containsText("is withdrawn");

        Page alex = browser.signedIn("alex");
        alex.navigate("/engagements/index.xhtml");
        alex.getByLabel("Place or reference").fill(place);
        alex.getByLabel("Status").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Withdrawn"));
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find engagements")).click();
        alex.locator("#engagements a").first().click();
        assertThat(alex.locator("#engagement-status")).hasText("Withdrawn");
        alex.locator("#engagement-timeline-link").click();

        assertThat(alex.locator("h1")).containsText("Timeline of engagement");
        assertThat(alex.locator("#timeline-count")).containsText("Showing 1 to 20 of ");
        Locator assessed = alex.locator(".moj-timeline__item", new Page.LocatorOptions().setHasText("Sent \u201cAssess fit with the remit\u201d"));
        assertThat(assessed).hasCount(1);
        assertThat(assessed).containsText("Is funding available for the work?");
        assertThat(assessed.locator(".govuk-summary-list__row", new Locator.LocatorOptions().setHasText("Is funding available")))
                .containsText("No");
        assertThat(assessed).containsText("Notes (optional)");
        assertThat(assessed).containsText("Funding is promised for April.");
        assertThat(assessed).containsText("by Sam Okafor (sam)");
        browser.assertAccessible(alex);

        alex.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page 2")).click();
        assertThat(alex.locator("#timeline-count")).containsText("Showing 21 to ");
        assertThat(alex.locator("#timeline")).containsText("Recorded that the place withdrew");
        assertThat(alex.locator("#timeline")).containsText("The council merged with its neighbour");
        browser.assertAccessible(alex);

        alex.getByLabel("Kind").selectOption("ACTION");
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        assertThat(alex.locator(".moj-timeline__item")).hasCount(1);
        assertThat(alex.locator(".moj-timeline__item")).containsText("by Morgan Ellis (morgan)");
        assertThat(alex.locator("#pagination")).hasCount(0);
        browser.assertAccessible(alex);

        alex.getByLabel("Kind").selectOption("");
        alex.getByLabel("Person").selectOption("sam");
        alex.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        assertThat(alex.locator(".moj-timeline__byline")).not().hasCount(0);
        for (String byline : alex.locator(".moj-timeline__byline").allTextContents()) {
            org.assertj.core.api.Assertions.assertThat(byline).endsWith("by Sam Okafor (sam)");
        }
        browser.assertAccessible(alex);

        alex.navigate("/manage/timeline.xhtml?id=" + engagementId + "&kind=gossip");
        assertThat(alex.locator("h1")).hasText("Locus cannot answer this request");
        Page sam = browser.signedIn("sam");
        sam.navigate("/manage/timeline.xhtml?id=" + engagementId);
        assertThat(sam.locator("h1")).hasText("You cannot see this page");
        assertThat(sam.locator("#timeline")).hasCount(0);
    }

    private static JsonObject sponsor(String name, String jobTitle, String organisation) {
        return Json.createObjectBuilder().add("name", name).add("jobTitle", jobTitle).add("organisation", organisation).build();
    }
}
