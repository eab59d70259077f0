package org.locus.platform.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.locus.platform.api.security.SignInThrottled;

/** The throttle's decisions over an in-memory table (the table's SQL and concurrency are SignInThrottlingIT's). */
class SigninThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final SigninThrottle throttle = new SigninThrottle(attempts, clock, new SigninSettings(5, 20,
            Duration.ofSeconds(30), 2, Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofDays(30), Set.of()));

    @Test
    void locksAnAccountAtItsFifthFailureForThirtySeconds() {
        failTimes("sam", "203.0.113.1", 4);
        assertThat(throttle.refusal("sam", "203.0.113.1")).isEmpty();

        throttle.failed("sam", "203.0.113.1");

        assertThat(throttle.refusal("sam", "203.0.113.1")).contains(new SignInThrottled(Duration.ofSeconds(30), false));
        clock.pass(Duration.ofSeconds(30));
        assertThat(throttle.refusal("sam", "203.0.113.1")).isEmpty();
    }

    @Test
    void forgetsFailuresAfterTheWindow() {
        failTimes("sam", "203.0.113.1", 4);
        clock.pass(Duration.ofMinutes(16));
        throttle.failed("sam", "203.0.113.1");
        assertThat(throttle.refusal("sam", "203.0.113.1")).isEmpty();
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresses() {
        failTimes("sam", "203.0.113.1", 4);
        throttle.succeeded("sam", "203.0.113.1");
        failTimes("sam", "203.0.113.1", 4);
        assertThat(throttle.refusal("sam", "203.0.113.1")).isEmpty();

        for (int i = 0; i < 12; i++) {
            throttle.failed("someone-" + i, "203.0.113.1");
        }
        assertThat(throttle.refusal("priya", "203.0.113.1")).contains(new SignInThrottled(Duration.ofSeconds(30), true));
    }

    @Test
    void anAddressTheAccountSignedInFromIsLetInWhileTheAccountIsLocked() {
        throttle.succeeded("sam", "198.51.100.1");
        failTimes("sam", "203.0.113.1", 5);

        assertThat(throttle.refusal("sam", "203.0.113.1")).isPresent();
        assertThat(throttle.refusal("sam", "192.0.2.1")).isPresent();
        assertThat(throttle.refusal("sam", "198.51.100.1")).isEmpty();

        clock.pass(Duration.ofDays(31));
        failTimes("sam", "203.0.113.2", 5);
        assertThat(throttle.refusal("sam", "198.51.100.1")).as("known only for 30 days").isPresent();
    }

    @Test
    void unknownNamesAreCountedLikeRealOnes() {
        failTimes("no-such-user", "203.0.113.1", 5);
        assertThat(throttle.refusal("no-such-user", "203.0.113.9")).contains(new SignInThrottled(Duration.ofSeconds(30), false));
    }

    private void failTimes(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T15:30:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The table's rules, in memory: count, start again after the window, lock only ever lengthened. */
    private static final class InMemoryAttempts extends SigninAttempts {
        private final Map<String, Attempt> rows = new HashMap<>();

        @Override
        public Map<String, Attempt> find(Collection<String> subjects) {
            Map<String, Attempt> found = new HashMap<>();
            subjects.stream().filter(rows::containsKey).forEach(subject -> found.put(subject, rows.get(subject)));
            return found;
        }

        @Override
        public OptionalInt countFailure(String subject, long nowMs, long forgetBeforeMs, IntFunction<Optional<Duration>> lockFor) {
            Attempt row = rows.get(subject);
            if (row == null) {
                return OptionalInt.empty();
            }
            int failures = row.lastFailureMs() == 0 || row.lastFailureMs() < forgetBeforeMs ? 1 : row.failures() + 1;
            long lockedUntil = lockFor.apply(failures).map(lock -> Math.max(row.lockedUntilMs(), nowMs + lock.toMillis()))
                    .orElse(row.lockedUntilMs());
            rows.put(subject, new Attempt(subject, failures, nowMs, lockedUntil, row.lastSuccessMs()));
            return OptionalInt.of(failures);
        }

        @Override
        public void open(String subject) {
            rows.putIfAbsent(subject, new Attempt(subject, 0, 0, 0, 0));
        }

        @Override
        public void clear(String subject) {
            rows.remove(subject);
        }

        @Override
        public void succeeded(String subject, long nowMs) {
            Attempt row = rows.get(subject);
            rows.put(subject, new Attempt(subject, row.failures(), row.lastFailureMs(), row.lockedUntilMs(), nowMs));
        }

        @Override
        public void forget(long forgetBeforeMs, long nowMs, long knownSinceMs) {
            rows.values().removeIf(row -> row.lastFailureMs() != 0 && row.lastFailureMs() < forgetBeforeMs
                    && row.lockedUntilMs() < nowMs && row.lastSuccessMs() < knownSinceMs);
        }
    }
}
