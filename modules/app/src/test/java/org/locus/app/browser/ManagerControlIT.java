package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.assertj.core.api.Assertions;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager unsticks work in a real browser: reassigns a task, suspends an engagement (its lead then
 * cannot work on it, and is told why), resumes it, withdraws another, and retries a failed step from
 * the incidents page. Every page passes axe-core's WCAG 2.2 AA rules and reflows at 320 px.
 */
@ExtendWith(ArquillianExtension.class)
class ManagerControlIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * A step that fails until retried, started by a timer as soon as it is deployed: only this test's WAR
     * carries it (in WEB-INF/bpmn, from where Locus deploys every diagram).
     */
    private static final String FLAKY_PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                              id="flakyProbeDefinitions" targetNamespace="urn:locus:test">
              <bpmn:process id="flakyProbe" name="Flaky probe" isExecutable="true">
                <bpmn:documentation>Deployment %s: changed on every run, so its timer starts it once more.</bpmn:documentation>
                <bpmn:startEvent id="flakyProbeStarted">
                  <bpmn:outgoing>toSendInvoice</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate>2020-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:serviceTask id="sendInvoice" name="Send the invoice" camunda:asyncBefore="true" camunda:delegateExpression="${flakyStep}">
                  <bpmn:incoming>toSendInvoice</bpmn:incoming>
                  <bpmn:outgoing>toDone</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="flakyProbeDone"><bpmn:incoming>toDone</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="toSendInvoice" sourceRef="flakyProbeStarted" targetRef="sendInvoice" />
                <bpmn:sequenceFlow id="toDone" sourceRef="sendInvoice" targetRef="flakyProbeDone" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Browser.locusWar().addClass(FlakyStep.class)
                .addAsWebInfResource(new StringAsset(FLAKY_PROCESS.formatted(UUID.randomUUID())), "bpmn/test/flakyProbe.bpmn");
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
    void aManagerReassignsATaskFromTheEngagementPage() {
        String place = "Handovershire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        try (Engagements api = browser.engagements()) {
            engagementId = api.atDraftAgreement(place);
        }
        Page morgan = browser.signedIn("morgan");
        morgan.navigate("/engagements/view.xhtml?id=" + engagementId);
        browser.assertAccessible(morgan);

        morgan.locator("[id^=reassign-task-]").click();
        assertThat(morgan.locator("h1")).containsText("Reassign");
        browser.assertAccessible(morgan);
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reassign task")).click();
        assertThat(morgan.locator(".govuk-error-summary")).containsText("Enter who takes the task on");
        assertThat(morgan.locator(".govuk-error-summary")).containsText("Enter the reason for reassigning the task");
        browser.assertAccessible(morgan);

        morgan.getByLabel("Who takes it on").selectOption("priya");
        morgan.getByLabel("Why").fill("Priya knows the council's finance team");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reassign task")).click();

        assertThat(morgan.locator("#confirmation")).containsText("is now Priya Shah");
        assertThat(morgan.locator("#open-tasks")).containsText("priya");
    }

    @Test
    void aManagerSuspendsAnEngagementItsLeadIsToldWhyAndResumesIt() {
        String place = "Pauseshire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        String taskPath;
        try (Engagements api = browser.engagements()) {
            engagementId = api.atDraftAgreement(place);
            var task = api.openTask(engagementId);
            taskPath = "/" + task.getString("formKey") + "?task=" + task.getString("id");
        }
        Page morgan = browser.signedIn("morgan");
        morgan.navigate("/engagements/view.xhtml?id=" + engagementId);
        morgan.locator("#engagement-suspend").click();
        assertThat(morgan.locator("h1")).containsText("Suspend engagement");
        browser.assertAccessible(morgan);
        morgan.getByLabel("Why").fill("The council is in its pre-election period");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suspend engagement")).click();
        assertThat(morgan.locator("#confirmation")).containsText("is suspended");
        assertThat(morgan.locator("#engagement-suspended")).hasText("Suspended");
        assertThat(morgan.locator("#engagement-suspended-reason")).containsText("pre-election period");
        browser.assertAccessible(morgan);

        Page sam = browser.signedIn("sam");
        sam.navigate(taskPath);
        assertThat(sam.locator("main")).containsText("is suspended: The council is in its pre-election period. A manager must resume it first.");
        assertThat(sam.locator("form#form")).hasCount(0);
        browser.assertAccessible(sam);

        morgan.locator("#engagement-suspend").click();
        assertThat(morgan.locator("h1")).containsText("Resume engagement");
        browser.assertAccessible(morgan);
        morgan.getByLabel("Why").fill("The election is over");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume engagement")).click();
        assertThat(morgan.locator("#confirmation")).containsText("is running again");
        assertThat(morgan.locator("#engagement-suspended")).hasCount(0);

        sam.navigate(taskPath);
        assertThat(sam.locator("form#form")).hasCount(1);
    }

    @Test
    void aManagerWithdrawsAnEngagementAndItStaysReadable() {
        String place = "Leavingshire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        try (Engagements api = browser.engagements()) {
            engagementId = api.logFirstContact(place, "Cllr Ada Hale");
        }
        Page morgan = browser.signedIn("morgan");
        morgan.navigate("/engagements/view.xhtml?id=" + engagementId);
        morgan.locator("#engagement-withdraw").click();
        assertThat(morgan.locator(".govuk-warning-text")).containsText("cannot be undone");
        assertThat(morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw engagement")))
                .hasClass(Pattern.compile("govuk-button--warning"));
        browser.assertAccessible(morgan);
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw engagement")).click();
        assertThat(morgan.locator(".govuk-error-summary")).containsText("Enter the reason");
        browser.assertAccessible(morgan);

        morgan.getByLabel("Why did the place withdraw?").fill("A new chief executive wants to start afresh");
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw engagement")).click();

        assertThat(morgan.locator("#confirmation")).containsText("is withdrawn");
        assertThat(morgan.locator("#engagement-status")).hasText("Withdrawn");
        assertThat(morgan.locator("#no-open-tasks")).isVisible();
        assertThat(morgan.locator("#engagement-actions")).hasCount(0);
        assertThat(morgan.locator("#first-contact")).containsText("Cllr Ada Hale");
    }

    @Test
    void aManagerRetriesAFailedStepAndAnAuditorOnlyReadsTheList() throws InterruptedException {
        Page morgan = browser.signedIn("morgan");
        Locator incident = morgan.locator("#incidents tr", new Page.LocatorOptions().setHasText("Send the invoice"));
        Instant deadline = Instant.now().plus(PATIENCE);
        do {
            morgan.navigate("/manage/incidents.xhtml");
            if (incident.count() > 0) {
                break;
            }
            morgan.waitForTimeout(500);
        } while (Instant.now().isBefore(deadline));
        assertThat(incident).hasCount(1);
        assertThat(incident).containsText("The finance system did not answer");
        browser.assertAccessible(morgan);

        Page alex = browser.signedIn("alex");
        alex.navigate("/manage/incidents.xhtml");
        assertThat(alex.locator("#incidents")).containsText("Send the invoice");
        assertThat(alex.locator("#incidents a[id^=retry-]")).hasCount(0);
        browser.assertAccessible(alex);
        String incidentId = incident.getAttribute("id").substring("incident-".length());
        Assertions.assertThat(alex.navigate("/manage/retry.xhtml?incident=" + incidentId).status())
                .as("an auditor opening the retry page").isEqualTo(403);

        incident.locator("a[id^=retry-]").click();
        assertThat(morgan.locator("#incident")).containsText("The finance system did not answer");
        browser.assertAccessible(morgan);
        morgan.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry step")).click();
        // Either the banner or the error summary: a refusal then fails with its message, not with "not found".
        assertThat(morgan.locator("#confirmation, .govuk-error-summary")).containsText("is being tried again");
        assertThat(morgan).hasURL(Pattern.compile("/manage/incidents\\.xhtml"));
        deadline = Instant.now().plus(PATIENCE);
        while (morgan.locator("#incidents tr", new Page.LocatorOptions().setHasText("Send the invoice")).count() > 0
                && Instant.now().isBefore(deadline)) {
            morgan.waitForTimeout(500);
            morgan.navigate("/manage/incidents.xhtml");
        }
        assertThat(morgan.locator("#incidents tr", new Page.LocatorOptions().setHasText("Send the invoice"))).hasCount(0);
    }
}
