package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locus.app.client.ApiJson;

/**
 * Sign-in throttling on the form and over HTTP basic, per account name and per client address. The test
 * server locks for 2 seconds doubling to 4, after 5 failures of an account or 12 of an address
 * (src/test/liberty/configDropins/overrides/signin-throttling.xml); production's are 30 seconds to 5 minutes,
 * 5 and 20. Each test signs in from addresses of its own (see {@link SignIns}).
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottlingIT {

    private static final int ACCOUNT_FAILURES = 5;
    private static final int ADDRESS_FAILURES = 12;

    private final SignIns signIns = SignIns.onTestServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void basicLocksAnAccountWith429RetryAfterAndAProblemThenTheLockEndsAndASuccessClearsTheCount() throws InterruptedException {
        String address = SignIns.newAddress();
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(signIns.basic("priya", "wrong", address).statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }

        // Locked: even the right password is not checked.
        HttpResponse<String> locked = signIns.basic("priya", SignIns.PASSWORD, address);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        JsonObject problem = ApiJson.object(locked.body());
        assertThat(problem.getString("type")).isEqualTo("urn:locus:problem:too-many-sign-ins");
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("detail")).isEqualTo("Too many failed sign-ins for this account. Try again in " + retryAfter + " seconds.");

        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(signIns.basic("priya", SignIns.PASSWORD, address).statusCode()).as("after the lock").isEqualTo(200);

        // The success forgot the five failures: four more are not yet a lock.
        for (int i = 0; i < ACCOUNT_FAILURES - 1; i++) {
            assertThat(signIns.basic("priya", "wrong", address).statusCode()).as("failure %d after the success", i + 1).isEqualTo(401);
        }
        assertThat(signIns.basic("priya", SignIns.PASSWORD, address).statusCode()).isEqualTo(200);
    }

    @Test
    void eachFailureAfterALockLocksLongerUpToTheCap() throws InterruptedException {
        String user = SignIns.unknownUser();
        String address = SignIns.newAddress();
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            signIns.basic(user, "wrong", address);
        }
        HttpResponse<String> first = signIns.basic(user, "wrong", address);
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 2L));
        Thread.sleep(2200);

        assertThat(signIns.basic(user, "wrong", address).statusCode()).as("the sixth failure is checked").isEqualTo(401);
        HttpResponse<String> second = signIns.basic(user, "wrong", address);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(3L, 4L));
        Thread.sleep(4200);

        assertThat(signIns.basic(user, "wrong", address).statusCode()).as("the seventh failure is checked").isEqualTo(401);
        HttpResponse<String> capped = signIns.basic(user, "wrong", address);
        assertThat(capped.headers().firstValue("Retry-After")).as("4 s is the test server's cap")
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(3L, 4L));
    }

    @Test
    void theFormSaysTheAccountIsLockedAndForHowLongInItsErrorSummary() {
        String user = SignIns.unknownUser();
        String address = SignIns.newAddress();
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            HttpResponse<String> failed = signIns.form(user, "wrong", address);
            assertThat(failed.statusCode()).isEqualTo(200);
            assertThat(SignIns.errorSummary(failed.body())).isEqualTo("Enter a correct user id and password");
        }

        HttpResponse<String> locked = signIns.form(user, "wrong", address);
        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(SignIns.errorSummary(locked.body())).matches("Too many failed sign-ins for this account\\. Try again in [12] seconds?\\.");
    }

    @Test
    void theFormAndBasicCountTogether() {
        String user = SignIns.unknownUser();
        String address = SignIns.newAddress();
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            if (i % 2 == 0) {
                signIns.form(user, "wrong", address);
            } else {
                signIns.basic(user, "wrong", address);
            }
        }
        assertThat(signIns.basic(user, "wrong", address).statusCode()).isEqualTo(429);
    }

    @Test
    void oneAddressCannotTryManyAccountsAFewTimesEach() {
        String address = SignIns.newAddress();
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertThat(signIns.basic(SignIns.unknownUser(), "wrong", address).statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }

        HttpResponse<String> locked = signIns.basic("jordan", SignIns.PASSWORD, address);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(ApiJson.object(locked.body()).getString("detail")).startsWith("Too many failed sign-ins from your network.");
        assertThat(signIns.basic("jordan", SignIns.PASSWORD, SignIns.newAddress()).statusCode())
                .as("the account itself is not locked: from elsewhere it signs in").isEqualTo(200);
    }

    @Test
    void aPersonStillSignsInFromAnAddressTheyUsedWhileGuessesFromElsewhereLockTheAccount() {
        String home = SignIns.newAddress();
        String attacker = SignIns.newAddress();
        assertThat(signIns.basic("morgan", SignIns.PASSWORD, home).statusCode()).isEqualTo(200);
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            signIns.basic("morgan", "wrong", attacker);
        }
        assertThat(signIns.basic("morgan", SignIns.PASSWORD, attacker).statusCode()).as("from the attacker's address").isEqualTo(429);
        assertThat(signIns.basic("morgan", SignIns.PASSWORD, SignIns.newAddress()).statusCode()).as("from a new address").isEqualTo(429);

        assertThat(signIns.basic("morgan", SignIns.PASSWORD, home).statusCode()).as("from the address morgan used").isEqualTo(200);
        assertThat(signIns.basic("morgan", SignIns.PASSWORD, attacker).statusCode()).as("the success cleared the lock").isEqualTo(200);
    }

    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            // One address, 11 new names at once: 11 increments of one row, then the 12th failure locks the address.
            String address = SignIns.newAddress();
            List<Callable<Integer>> sameAddress = new ArrayList<>();
            for (int i = 0; i < ADDRESS_FAILURES - 1; i++) {
                sameAddress.add(() -> signIns.basic(SignIns.unknownUser(), "wrong", address).statusCode());
            }
            assertThat(statuses(pool.invokeAll(sameAddress))).containsOnly(401);
            assertThat(signIns.basic(SignIns.unknownUser(), "wrong", address).statusCode()).as("failure 12").isEqualTo(401);
            assertThat(signIns.basic(SignIns.unknownUser(), "wrong", address).statusCode()).as("address locked").isEqualTo(429);

            // One name, 4 addresses at once (the account's first row made by one of them): then the 5th locks it.
            String user = SignIns.unknownUser();
            List<Callable<Integer>> sameAccount = new ArrayList<>();
            for (int i = 0; i < ACCOUNT_FAILURES - 1; i++) {
                String from = SignIns.newAddress();
                sameAccount.add(() -> signIns.basic(user, "wrong", from).statusCode());
            }
            assertThat(statuses(pool.invokeAll(sameAccount))).containsOnly(401);
            assertThat(signIns.basic(user, "wrong", SignIns.newAddress()).statusCode()).as("failure 5").isEqualTo(401);
            assertThat(signIns.basic(user, "wrong", SignIns.newAddress()).statusCode()).as("account locked").isEqualTo(429);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Future<Integer>> answers) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        return statuses;
    }
}
