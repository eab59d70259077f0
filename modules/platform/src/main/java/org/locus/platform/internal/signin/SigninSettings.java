package org.locus.platform.internal.signin;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;

/**
 * How sign-ins are throttled, from MicroProfile Config ({@code locus.signin.*}; the defaults are in the
 * platform's {@code microprofile-config.properties}).
 *
 * @param accountFailures failures for one account name before it is locked
 * @param addressFailures failures from one client address (over every account) before it is locked
 * @param firstLock       the first lock, once the failures reach their limit
 * @param growth          each further failure multiplies the lock by this
 * @param maxLock         the longest lock, whatever the failures: what an attacker can cost a real user at most
 * @param window          failures are forgotten once this long has passed without another
 * @param knownAddressFor how long an address an account signed in from still lets it in while the account is locked
 * @param trustedProxies  the addresses whose {@code X-Forwarded-For} is believed (exact, as the socket reports them)
 */
public record SigninSettings(int accountFailures, int addressFailures, Duration firstLock, double growth,
                             Duration maxLock, Duration window, Duration knownAddressFor, Set<String> trustedProxies) {

    public SigninSettings {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("locus.signin.account.failures and locus.signin.address.failures must be at least 1");
        }
        if (growth < 1) {
            throw new IllegalArgumentException("locus.signin.lock.growth must be at least 1");
        }
        if (firstLock.isNegative() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("locus.signin.lock.max must be at least locus.signin.lock.first");
        }
        trustedProxies = Set.copyOf(trustedProxies);
    }

    static SigninSettings from(Config config) {
        return new SigninSettings(
                config.getValue("locus.signin.account.failures", Integer.class),
                config.getValue("locus.signin.address.failures", Integer.class),
                duration(config, "locus.signin.lock.first"),
                config.getValue("locus.signin.lock.growth", Double.class),
                duration(config, "locus.signin.lock.max"),
                duration(config, "locus.signin.window"),
                duration(config, "locus.signin.knownAddress.for"),
                split(config.getOptionalValue("locus.signin.trustedProxies", String.class)));
    }

    /**
     * How long a subject with this many failures is locked: nothing below the limit, then the first lock
     * growing with each failure past it, never more than the maximum.
     */
    Optional<Duration> lockAfter(int failures, int limit) {
        if (failures < limit) {
            return Optional.empty();
        }
        double millis = firstLock.toMillis() * Math.pow(growth, failures - limit);
        return Optional.of(millis >= maxLock.toMillis() ? maxLock : Duration.ofMillis((long) millis));
    }

    private static Duration duration(Config config, String name) {
        String value = config.getValue(name, String.class);
        try {
            return Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO 8601 duration such as PT30S or P30D, not " + value, e);
        }
    }

    private static Set<String> split(Optional<String> list) {
        return list.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
