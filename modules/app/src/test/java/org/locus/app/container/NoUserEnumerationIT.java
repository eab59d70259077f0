package org.locus.app.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An unknown user name gets the same answer as a known one with a wrong password, in about the same time,
 * so that neither tells which names exist. Times are compared as the ratio of medians, interleaved, never
 * as absolute times (the machine may be busy). Before the fix a wrong password took the PBKDF2 check and an
 * unknown name did not: about 6 ms against 2 ms.
 */
@ExtendWith(ArquillianExtension.class)
class NoUserEnumerationIT {

    private static final int TRIES = 25;

    private final SignIns signIns = SignIns.onTestServer();
    private int knownTries;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LocusDeployment.war();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPasswordOverBasic() {
        HttpResponse<String> wrongPassword = signIns.basic("sam", "wrong", SignIns.newAddress());
        HttpResponse<String> unknownUser = signIns.basic(SignIns.unknownUser(), "wrong", SignIns.newAddress());

        assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        for (String header : List.of("WWW-Authenticate", "Content-Type", "Content-Length", "Retry-After", "Set-Cookie")) {
            assertThat(unknownUser.headers().allValues(header)).as(header).isEqualTo(wrongPassword.headers().allValues(header));
        }
        assertThat(unknownUser.headers().map().keySet()).isEqualTo(wrongPassword.headers().map().keySet());
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPasswordOnTheForm() {
        HttpResponse<String> wrongPassword = signIns.form("sam", "wrong", SignIns.newAddress());
        HttpResponse<String> unknownUser = signIns.form(SignIns.unknownUser(), "wrong", SignIns.newAddress());

        assertThat(unknownUser.statusCode()).isEqualTo(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(SignIns.errorSummary(unknownUser.body())).isEqualTo(SignIns.errorSummary(wrongPassword.body()))
                .isEqualTo("Enter a correct user id and password");
    }

    @Test
    void anUnknownUserTakesAboutAsLongAsAWrongPassword() {
        // Warm up both paths (class loading, JIT, the connection pool) before timing anything.
        for (int i = 0; i < 5; i++) {
            timedKnown();
            timedUnknown();
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            known.add(timedKnown());
            unknown.add(timedUnknown());
        }
        double ratio = (double) median(known) / median(unknown);
        // In the build's output, to see how far from the bounds a run is (the machine's load moves both alike).
        System.out.printf("Sign-in timing: median wrong password %d µs, median unknown user %d µs, ratio %.2f%n",
                median(known) / 1000, median(unknown) / 1000, ratio);
        assertThat(ratio).as("median wrong password %d µs / median unknown user %d µs", median(known) / 1000, median(unknown) / 1000)
                .isBetween(0.67, 1.5);
    }

    /**
     * A wrong password for a real user, from a new address each time. Before every fourth, starting with the
     * first, the right password clears the account's count, so the account is never locked (a locked account
     * is not checked at all, which would time the lock instead); that sign-in is not timed.
     */
    private long timedKnown() {
        int i = knownTries++;
        String address = SignIns.newAddress();
        if (i % 4 == 0) {
            assertThat(signIns.basic("sam", SignIns.PASSWORD, address).statusCode()).isEqualTo(200);
        }
        long start = System.nanoTime();
        HttpResponse<String> answer = signIns.basic("sam", "wrong-" + i, address);
        long took = System.nanoTime() - start;
        assertThat(answer.statusCode()).isEqualTo(401);
        return took;
    }

    private long timedUnknown() {
        long start = System.nanoTime();
        HttpResponse<String> answer = signIns.basic(SignIns.unknownUser(), "wrong", SignIns.newAddress());
        long took = System.nanoTime() - start;
        assertThat(answer.statusCode()).isEqualTo(401);
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
