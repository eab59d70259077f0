package org.locus.platform.internal.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.Config;
import org.locus.platform.api.security.SignInThrottled;

/**
 * Decides whether a sign-in may be checked at all, and counts its outcome, per account name and per
 * client address (see docs/security.md, "Sign-in throttling"):
 * <ul>
 * <li>An account name with {@code locus.signin.account.failures} failures is locked, briefly, growing with
 *     each further failure up to a short cap: guessing one account's password becomes slow, and a real
 *     user is kept out at most the cap after the attacker's last guess.</li>
 * <li>A client address with {@code locus.signin.address.failures} failures over any accounts is locked the
 *     same way: one address cannot guess many accounts a few times each.</li>
 * <li>An account that signed in from an address within {@code knownAddress.for} still signs in from it
 *     while the account is locked (not while the address is): guesses from elsewhere do not keep the
 *     real user out of their usual place.</li>
 * </ul>
 * Unknown account names are counted exactly like real ones, so a lock says nothing about which exist.
 */
@ApplicationScoped
public class SigninThrottle {

    private final SigninAttempts attempts;
    private final Clock clock;
    private final SigninSettings settings;
    private final ClientAddress clientAddress;

    /** For the CDI proxy only. */
    protected SigninThrottle() {
        this.attempts = null;
        this.clock = null;
        this.settings = null;
        this.clientAddress = null;
    }

    @Inject
    SigninThrottle(SigninAttempts attempts, Clock clock, Config config) {
        this(attempts, clock, SigninSettings.from(config));
    }

    SigninThrottle(SigninAttempts attempts, Clock clock, SigninSettings settings) {
        this.attempts = attempts;
        this.clock = clock;
        this.settings = settings;
        this.clientAddress = new ClientAddress(settings.trustedProxies());
    }

    /** The address a request's sign-in is counted against. */
    public String addressOf(HttpServletRequest request) {
        return clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Empty when this account may try to sign in from this address now, else how long until it may. */
    public Optional<SignInThrottled> refusal(String account, String address) {
        String accountKey = subject("account", account);
        String addressKey = subject("address", address);
        String knownKey = known(account, address);
        Map<String, SigninAttempts.Attempt> found = attempts.find(List.of(accountKey, addressKey, knownKey));
        long now = clock.millis();
        SigninAttempts.Attempt byAddress = found.get(addressKey);
        if (byAddress != null && byAddress.lockedUntilMs() > now) {
            return Optional.of(new SignInThrottled(Duration.ofMillis(byAddress.lockedUntilMs() - now), true));
        }
        SigninAttempts.Attempt byAccount = found.get(accountKey);
        SigninAttempts.Attempt knownAddress = found.get(knownKey);
        boolean known = knownAddress != null && knownAddress.lastSuccessMs() > now - settings.knownAddressFor().toMillis();
        if (byAccount != null && byAccount.lockedUntilMs() > now && !known) {
            return Optional.of(new SignInThrottled(Duration.ofMillis(byAccount.lockedUntilMs() - now), false));
        }
        return Optional.empty();
    }

    /** Counts a wrong password (or an unknown account name) against both the account name and the address. */
    public void failed(String account, String address) {
        long now = clock.millis();
        long forgetBefore = now - settings.window().toMillis();
        count(subject("account", account), now, forgetBefore, settings.accountFailures());
        count(subject("address", address), now, forgetBefore, settings.addressFailures());
        attempts.forget(forgetBefore, now, now - settings.knownAddressFor().toMillis());
    }

    /**
     * The account signed in: its failures are forgotten (the address's stay, so one success does not buy
     * an address more guesses at other accounts), and the address becomes one it is known to use. Writes
     * only when there is something to change, so an API client's sign-in on every request reads one query.
     */
    public void succeeded(String account, String address) {
        String accountKey = subject("account", account);
        String knownKey = known(account, address);
        Map<String, SigninAttempts.Attempt> found = attempts.find(List.of(accountKey, knownKey));
        long now = clock.millis();
        if (found.containsKey(accountKey)) {
            attempts.clear(accountKey);
        }
        SigninAttempts.Attempt knownAddress = found.get(knownKey);
        // Noted again at most daily: enough for a 30-day memory, and no write per API request.
        if (knownAddress == null || knownAddress.lastSuccessMs() < now - Duration.ofDays(1).toMillis()) {
            if (knownAddress == null) {
                attempts.open(knownKey);
            }
            attempts.succeeded(knownKey, now);
        }
    }

    private void count(String subject, long now, long forgetBefore, int limit) {
        OptionalInt counted = attempts.countFailure(subject, now, forgetBefore, failures -> settings.lockAfter(failures, limit));
        if (counted.isEmpty()) {
            attempts.open(subject);
            attempts.countFailure(subject, now, forgetBefore, failures -> settings.lockAfter(failures, limit));
        }
    }

    private static String known(String account, String address) {
        return subject("known", account + "\n" + address);
    }

    /** A kind and the SHA-256 of the value: one length whatever was typed, and no typed names kept. */
    static String subject(String kind, String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
