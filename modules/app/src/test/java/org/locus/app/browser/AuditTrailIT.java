package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An auditor opens an engagement, downloads its audit trail as JSON and CSV, checks the JSON with README's script
 * outside Locus, and verifies the whole audit log from the Manage section. Every page passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static Browser browser;

    @TempDir
    Path dir;

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
    void anAuditorDownloadsAnEngagementsTrailVerifiesItOutsideLocusAndVerifiesTheLog() throws Exception {
        String place = "Trailshire " + UUID.randomUUID().toString().substring(0, 8);
        String engagementId;
        try (Engagements api = browser.engagements()) {
            engagementId = api.atDraftAgreement(place);
        }
        Page alex = browser.signedIn("alex");
        alex.navigate("/engagements/view.xhtml?id=" + engagementId);
        assertThat(alex.locator("#audit-trail-heading")).hasText("Audit trail");
        browser.assertAccessible(alex);

        Download json = alex.waitForDownload(() -> alex.locator("#audit-trail-json").click());
        Path trail = dir.resolve("trail.json");
        json.saveAs(trail);
        org.assertj.core.api.Assertions.assertThat(json.suggestedFilename()).startsWith("audit-trail-").endsWith(".json");
        org.assertj.core.api.Assertions.assertThat(runReadmeScript(trail)).isZero();

        Download csv = alex.waitForDownload(() -> alex.locator("#audit-trail-csv").click());
        Path csvFile = dir.resolve("trail.csv");
        csv.saveAs(csvFile);
        String text = Files.readString(csvFile, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("position,chain,at,by,kind,").contains("\r\n");

        alex.navigate("/manage/index.xhtml");
        alex.locator("#manage-nav-audit").click();
        assertThat(alex.locator("h1")).hasText("Verify the audit log");
        browser.assertAccessible(alex);
        alex.locator("#audit-verify-button").click();
        assertThat(alex.locator("#audit-intact, #audit-breaks")).hasCount(1);
        assertThat(alex.locator("[id='break-" + engagementId + "']")).hasCount(0);
        browser.assertAccessible(alex);
    }

    @Test
    void staffSeeNoDownloadsAndCannotVerify() {
        String engagementId;
        try (Engagements api = browser.engagements()) {
            engagementId = api.atDraftAgreement("Nodownloadshire " + UUID.randomUUID().toString().substring(0, 8));
        }
        Page sam = browser.signedIn("sam");
        sam.navigate("/engagements/view.xhtml?id=" + engagementId);
        assertThat(sam.locator("#audit-trail-json")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(sam.navigate("/audit/verify.xhtml?run=yes").status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(sam.navigate("/manage/audit-trail.json?engagement=" + engagementId).status())
                .isEqualTo(403);
    }

    private static int runReadmeScript(Path file) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docs/verify-audit-export.sh"))) {
            root = root.getParent();
        }
        Process process = new ProcessBuilder(List.of("bash", root.resolve("docs/verify-audit-export.sh").toString(), file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println("docs/verify-audit-export.sh: " + output.strip());
        return exit;
    }
}
