package org.locus.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (which never downloads a browser here), with an axe-core
 * check for every page a journey visits.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The narrowest screen WCAG 2.2's reflow criterion asks for. */
    static final int PHONE_WIDTH = 320;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;
    private final Set<String> checkedPages = new java.util.LinkedHashSet<>();
    private int screenshots;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create();
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumPath())
                .setHeadless(true)
                // As root in CI Chromium needs --no-sandbox; the rest keep it off a network it cannot reach.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** Chromium on the container tests' server. */
    static Browser onTestServer() {
        return new Browser("http://localhost:" + System.getProperty("locus.test.http.port", "9180"));
    }

    /** The WAR the build made, as every browser test class deploys it. */
    static WebArchive locusWar() {
        return ShrinkWrap.create(ZipImporter.class, "locus.war")
                .importFrom(new java.io.File(System.getProperty("locus.war", "target/locus.war")))
                .as(WebArchive.class);
    }

    /** Locus's API as sam, to bring an engagement to the task a test is about. */
    Engagements engagements() {
        return new Engagements(playwright, baseUrl);
    }

    /** A fresh browser profile with this demo user signed in on the sign-in form. */
    Page signedIn(String user) {
        Page page = newPerson();
        signIn(page, user);
        return page;
    }

    /** Signs a demo user in on the sign-in form, as a person does. */
    void signIn(Page page, String user) {
        page.navigate("/login.xhtml");
        page.getByLabel("User id").fill(user);
        page.getByLabel("Password").fill("locus-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile("/login\\.xhtml"));
    }

    /** A fresh browser profile: its own cookies, so each person signs in separately. */
    Page newPerson() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(1280, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /**
     * Fails with the rule, impact and the offending elements if axe finds any WCAG 2.2 AA violation,
     * or if the page does not reflow at 320 CSS pixels wide (WCAG 2.2 1.4.10): checked at the width
     * the journey uses and at a phone's.
     */
    void assertAccessible(Page page) {
        assertReflows(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            problems.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                    + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        assertThat(problems).as("axe-core WCAG 2.2 AA violations on %s", page.url()).isEmpty();
        checkedPages.add(page.url().replaceAll("[?#].*", ""));
    }

    /** At 320 px wide nothing makes the page scroll sideways; the page is then put back to its own width. */
    void assertReflows(Page page) {
        var size = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, size.height);
        try {
            Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth,"
                    + " Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                    + " > window.innerWidth + 1).slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')).join(', ')]");
            List<?> measured = (List<?>) widths;
            int scrollWidth = ((Number) measured.get(0)).intValue();
            int viewport = ((Number) measured.get(1)).intValue();
            screenshot(page, "320");
            assertThat(scrollWidth).as("width of %s at %d px (wider: %s)", page.url(), PHONE_WIDTH, measured.get(2))
                    .isLessThanOrEqualTo(viewport);
        } finally {
            page.setViewportSize(size.width, size.height);
        }
    }

    /**
     * With {@code -Dbrowser.screenshots=<folder>}, each page checked is also kept as a picture there, for
     * people to look at; without it nothing is written.
     */
    private void screenshot(Page page, String width) {
        String folder = System.getProperty("browser.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        String name = String.format("%03d-%s-%s.png", ++screenshots,
                page.url().replaceAll("^https?://[^/]+/", "").replaceAll("[?#].*", "").replaceAll("[^A-Za-z0-9]+", "-"), width);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(folder, name)));
    }

    Set<String> checkedPages() {
        return checkedPages;
    }

    private static Path chromiumPath() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Debian's chromium is needed for the browser tests: apt-get install chromium");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
