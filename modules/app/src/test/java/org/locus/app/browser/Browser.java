package org.locus.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright (which never downloads a browser here), with an axe-core
 * check for every page a journey visits.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;
    private final Set<String> checkedPages = new java.util.LinkedHashSet<>();

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

    /** A fresh browser profile: its own cookies, so each person signs in separately. */
    Page newPerson() {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(1280, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Fails with the rule, impact and the offending elements if axe finds any WCAG 2.2 AA violation. */
    void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        List<String> problems = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            problems.add(violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                    + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        assertThat(problems).as("axe-core WCAG 2.2 AA violations on %s", page.url()).isEmpty();
        checkedPages.add(page.url().replaceAll("[?#].*", ""));
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
