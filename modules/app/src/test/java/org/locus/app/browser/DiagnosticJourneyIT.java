package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

import com.microsoft.playwright.APIRequest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/**
 * The diagnostic as people live it, in a real browser: an engagement agreed with Sam as its lead and
 * Priya and Jordan as its enablers (through the API, as intake's own journey test shows in the browser).
 * Sam plans the interviews and sees the plan's balance; each enabler records on their own task, Priya an
 * interview and an observation (and is told of a mistake), Jordan an interview; Sam records the team
 * survey, synthesises the findings, plays them back and has them sent back once, revises them
 * (withdrawing one) and has them validated; the engagement is then complete. Every
 * page visited passes axe-core's WCAG 2.2 AA rules and reflows at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticJourneyIT {

    /** The day people type dates in. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static Browser browser;
    private static Playwright api;
    private static final Map<String, APIRequestContext> PEOPLE = new HashMap<>();

    private final String place = "Diagnosticshire " + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(UK);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar();
    }

    @BeforeAll
    static void start() {
        browser = Browser.onTestServer();
        api = Playwright.create();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        PEOPLE.values().forEach(APIRequestContext::dispose);
        PEOPLE.clear();
        if (api != null) {
            api.close();
        }
    }

    @Test
    void carriesAnAgreedEngagementThroughTheDiagnosticAsTheLeadAndTwoEnablersWould() {
        String engagementId = agreedWithTeam("sam", "priya", "jordan");
        String reference = json(as("sam").get("/api/engagements/" + engagementId)).getString("reference");

        Page sam = browser.signedIn("sam");
        browser.assertAccessible(sam);
        openFromMyTasks(sam, reference, "Plan the interviews");
        assertThat(sam.locator("#task-stage")).hasText("Diagnostic");
        sam.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Political top team"))
                .getByLabel(Pattern.compile("^Cllr Ada Hale")).check();
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the balance")).click();
        assertThat(sam.locator("#balance-political")).hasText("1");
        assertThat(sam.locator("#balance-warning")).containsText("no participant from the managerial top team");
        browser.assertAccessible(sam);
        sam.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Managerial top team"))
                .getByLabel(Pattern.compile("^Ben Ortiz")).check();
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the balance")).click();
        assertThat(sam.locator("#balance-managerial")).hasText("1");
        assertThat(sam.locator("#balance-warning")).hasCount(0);
        answer(sam, "Run the team survey?", "Yes");
        submit(sam, "Save the plan", "Interview plan saved for " + place + ": 1 political, 1 managerial and 0 partner participants");

        Page priya = browser.signedIn("priya");
        openFromMyTasks(priya, reference, "Record your interviews and observations");
        assertThat(priya.locator("#no-interviews")).isVisible();
        answer(priya, "Was it an interview or an observation?", "Interview");
        fillDate(priya, "When was it held?", today.minusDays(3));
        assertThat(priya.getByLabel("Held by")).hasValue("priya");
        priya.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Participants from the political top team"))
                .getByLabel(Pattern.compile("^Cllr Ada Hale")).check();
        priya.getByLabel("Notes").fill("The leader wants partners to lead with the council, not follow it.");
        saveAndStay(priya, "Save and record another", "Interview of ");
        assertThat(priya.locator("#interviews tbody tr")).hasCount(1);

        answer(priya, "Was it an interview or an observation?", "Observation");
        fillDate(priya, "When was it held?", today.minusDays(2));
        fillDate(priya, "Last day (optional)", today.minusDays(4));
        priya.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Participants from the political top team"))
                .getByLabel(Pattern.compile("^Cllr Ada Hale")).check();
        priya.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Participants from the managerial top team"))
                .getByLabel(Pattern.compile("^Ben Ortiz")).check();
        priya.getByLabel("Notes").fill("Cabinet and the top team met together; officers answered for members.");
        priya.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and record another")).click();
        Locator problems = priya.locator(".govuk-error-summary");
        assertThat(problems).containsText("The last day must be the same as or after the day it began");
        assertThat(priya.getByLabel("Notes")).hasValue("Cabinet and the top team met together; officers answered for members.");
        browser.assertAccessible(priya);
        fillDate(priya, "Last day (optional)", today.minusDays(1));
        saveAndStay(priya, "Save and record another", "Observation of ");
        assertThat(priya.locator("#interviews tbody tr")).hasCount(2);
        submit(priya, "I have recorded them all", "Your interviews and observations are recorded for " + place);

        Page jordan = browser.signedIn("jordan");
        openFromMyTasks(jordan, reference, "Record your interviews and observations");
        assertThat(jordan.locator("#interviews tbody tr")).hasCount(2);
        answer(jordan, "Was it an interview or an observation?", "Interview");
        fillDate(jordan, "When was it held?", today.minusDays(1));
        assertThat(jordan.getByLabel("Held by")).hasValue("jordan");
        jordan.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Participants from the managerial top team"))
                .getByLabel(Pattern.compile("^Ben Ortiz")).check();
        jordan.getByLabel("Notes").fill("The chief executive speaks for members when partners ask about priorities.");
        saveAndStay(jordan, "Save and record another", "Interview of ");
        submit(jordan, "I have recorded them all", "Your interviews and observations are recorded for " + place);

        openFromMyTasks(sam, reference, "Record the team survey");
        answer(sam, "The political and managerial top teams work well together.", "2");
        answer(sam, "We make the space to talk about our politics.", "1 Strongly disagree");
        answer(sam, "We lead the place, not just our own organisation.", "3");
        answer(sam, "Partners across the place work together for its citizens.", "4");
        answer(sam, "We tell a shared story about the place and where it is going.", "2");
        sam.getByLabel("What they wrote (optional)").fill("We rarely talk about the politics until it is too late.");
        saveAndStay(sam, "Save and record another", "Response saved");
        assertThat(sam.locator("#responses")).hasText("1");
        assertThat(sam.locator("#averages")).containsText("1.0");
        submit(sam, "I have recorded every response", "Team survey recorded for " + place);

        openFromMyTasks(sam, reference, "Synthesise the findings");
        assertThat(sam.locator("#no-findings")).isVisible();
        sam.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true))
                .fill("The leader and the chief executive share an ambition for the place.");
        answer(sam, "What is it about?", Pattern.compile("^What works"));
        sam.getByLabel("Theme (optional)").fill("Shared ambition");
        saveAndStay(sam, "Save and record another", "Finding saved");
        sam.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true))
                .fill("Officers answer for members in joint meetings.");
        sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and record another")).click();
        assertThat(sam.locator(".govuk-error-summary")).containsText("Select a tag for the finding");
        browser.assertAccessible(sam);
        answer(sam, "What is it about?", Pattern.compile("^Dissonance"));
        saveAndStay(sam, "Save and record another", "Finding saved");
        assertThat(sam.locator("main")).containsText("Theme: Shared ambition");
        assertThat(sam.locator("main")).containsText("Findings without a theme");
        submit(sam, "The findings are ready to play back", "Findings ready to play back for " + place);

        openFromMyTasks(sam, reference, "Play the findings back");
        fillDate(sam, "When were the findings played back?", today.minusDays(1));
        answer(sam, "What did the participants decide?", "They sent the findings back to be revised");
        sam.getByLabel("What do they want revised?").fill("Say how partners see the council's role.");
        submit(sam, "Save the playback", "Findings sent back for revision for " + place);

        openFromMyTasks(sam, reference, "Synthesise the findings");
        assertThat(sam.locator("#revisions")).containsText("Say how partners see the council's role.");
        sam.locator("tr", new Page.LocatorOptions().setHasText("Officers answer for members in joint meetings."))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw")).click();
        assertThat(sam.locator(".govuk-notification-banner")).containsText("Finding withdrawn");
        assertThat(sam.locator("main")).not().containsText("Officers answer for members in joint meetings.");
        browser.assertAccessible(sam);
        sam.getByLabel("Finding", new Page.GetByLabelOptions().setExact(true))
                .fill("Partners wait for the council to lead.");
        answer(sam, "What is it about?", Pattern.compile("^Relationships"));
        sam.getByLabel("Theme (optional)").fill("shared ambition");
        saveAndStay(sam, "Save and record another", "Finding saved");
        submit(sam, "The findings are ready to play back", "Findings ready to play back for " + place);

        openFromMyTasks(sam, reference, "Play the findings back");
        assertThat(sam.locator("#playbacks tbody tr")).hasCount(1);
        fillDate(sam, "When were the findings played back?", today);
        answer(sam, "What did the participants decide?", "They validated the findings");
        submit(sam, "Save the playback", "Findings validated for " + place + ": the diagnostic is complete");

        JsonObject diagnostic = json(as("sam").get("/api/diagnostics/" + engagementId));
        assertThat(diagnostic.getJsonArray("interviews")).extracting(interview -> interview.asJsonObject().getString("interviewer"))
                .containsExactlyInAnyOrder("priya", "priya", "jordan");
        assertThat(diagnostic.getJsonObject("survey").getInt("responses")).isEqualTo(1);
        assertThat(diagnostic.getJsonArray("playbacks")).extracting(playback -> playback.asJsonObject().getBoolean("validated"))
                .containsExactly(false, true);
        assertThat(diagnostic.getJsonArray("findingsByTheme")).hasSize(1);
        assertThat(diagnostic.getJsonArray("findingsByTheme").getJsonObject(0).getJsonArray("findings")).hasSize(2);
        assertThat(diagnostic.getJsonArray("withdrawnFindings")).hasSize(1);
        assertThat(json(as("sam").get("/api/engagements/" + engagementId)).getString("status")).isEqualTo("COMPLETED");
        assertThat(browser.checkedPages()).hasSizeGreaterThanOrEqualTo(6);
    }

    /** A new engagement for the place, through intake to an approved agreement and the given team; returns its id. */
    private String agreedWithTeam(String lead, String... enablers) {
        String engagementId;
        try (Engagements intake = browser.engagements()) {
            engagementId = intake.atDraftAgreement(place);
            intake.completeOpenTask(engagementId, Json.createObjectBuilder()
                    .add("ambition", "Partners lead the place together.")
                    .add("timeline", "January to June 2027")
                    .add("fundingSource", "Council improvement fund")
                    .add("enablerDays", 20)
                    .add("budget", 15000)
                    .add("politicalSignOff", today.minusDays(7).toString())
                    .add("managerialSignOff", today.minusDays(7).toString())
                    .build());
        }
        complete("morgan", engagementId, Json.createObjectBuilder().add("approved", true).build());
        var team = Json.createArrayBuilder();
        for (String enabler : enablers) {
            team.add(enabler);
        }
        complete("morgan", engagementId, Json.createObjectBuilder().add("lead", lead).add("enablers", team).build());
        return engagementId;
    }

    /** Completes the engagement's one open task as the user. */
    private void complete(String user, String engagementId, JsonObject values) {
        APIResponse tasks = as(user).get("/api/engagements/" + engagementId + "/tasks");
        assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
        JsonArray open = ApiJson.array(tasks.text());
        assertThat(open).as("open tasks of %s", engagementId).hasSize(1);
        post(user, "/api/tasks/" + open.getJsonObject(0).getString("id") + "/complete", values.toString(), 204);
    }

    private APIResponse post(String user, String path, String body, int expected) {
        APIResponse response = as(user).post(path, RequestOptions.create().setHeader("Content-Type", "application/json").setData(body));
        assertThat(response.status()).as("%s: %s", path, response.text()).isEqualTo(expected);
        return response;
    }

    /** Locus's API as this demo user. */
    private static APIRequestContext as(String user) {
        return PEOPLE.computeIfAbsent(user, id -> {
            String credentials = Base64.getEncoder().encodeToString((id + ":locus-demo").getBytes(StandardCharsets.UTF_8));
            return api.request().newContext(new APIRequest.NewContextOptions()
                    .setBaseURL("http://localhost:" + System.getProperty("locus.test.http.port", "9180"))
                    .setExtraHTTPHeaders(Map.of("Authorization", "Basic " + credentials, "Accept", "application/json")));
        });
    }

    private static JsonObject json(APIResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return ApiJson.object(response.text());
    }

    /** Opens the engagement's task from "My tasks", turning its pages until the task is found. */
    private void openFromMyTasks(Page page, String reference, String taskName) {
        page.navigate("/tasks/index.xhtml?scope=mine");
        Locator link = page.locator("#tasks tr", new Page.LocatorOptions().setHasText(reference))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taskName));
        while (link.count() == 0) {
            Locator next = page.locator("a[rel=next]");
            assertThat(next.count()).as("the task %s for %s is on no page of My tasks", taskName, reference).isPositive();
            next.first().click();
        }
        browser.assertAccessible(page);
        link.first().click();
        assertThat(page.locator("h1")).hasText(taskName);
        assertThat(page.locator("#task-engagement")).containsText(place);
        browser.assertAccessible(page);
    }

    /** Completes the task: back to the tasklist with the confirmation. */
    private void submit(Page page, String button, String confirmation) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertThat(page).hasURL(Pattern.compile("/tasks/index\\.xhtml"));
        assertThat(page.locator(".govuk-notification-banner")).containsText(confirmation);
        browser.assertAccessible(page);
    }

    /** Saves an entry: the same task again, empty, with the confirmation. */
    private void saveAndStay(Page page, String button, String confirmation) {
        String form = page.url().replaceAll("\\?.*", "");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText(confirmation);
        assertThat(page.url()).as("the same task again").startsWith(form + "?task=");
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        browser.assertAccessible(page);
    }

    private static void answer(Page page, String question, String choice) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    private static void answer(Page page, String question, Pattern choice) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question)).getByLabel(choice).check();
    }

    private static void fillDate(Page page, String question, LocalDate date) {
        Locator fields = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question));
        fields.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
        fields.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
        fields.getByLabel("Year").fill(String.valueOf(date.getYear()));
    }
}
