package org.locus.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person who mistypes their password too often is told, in the sign-in page's error summary, that the
 * account is locked and for how long. The test server locks for seconds, after 5 failures, and believes
 * X-Forwarded-For from the loopback address, so this browser signs in from an address of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

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
    void theSignInPageSaysTheAccountIsLockedAndForHowLong() {
        Page page = browser.newPerson();
        page.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "192.0.2." + (1 + new java.util.Random().nextInt(250))));
        String user = "mistyped-" + UUID.randomUUID().toString().substring(0, 8);
        page.navigate("/login.xhtml");
        for (int i = 0; i < 5; i++) {
            signIn(page, user);
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct user id and password");
        }

        signIn(page, user);

        assertThat(page.locator(".govuk-error-summary")).containsText(
                Pattern.compile("Too many failed sign-ins for this account\\. Try again in [12] seconds?\\."));
        assertThat(page).hasTitle(Pattern.compile("^Error: Sign in"));
        browser.assertAccessible(page);
    }

    private static void signIn(Page page, String user) {
        page.getByLabel("User id").fill(user);
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
