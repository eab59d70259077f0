package org.locus.platform.api.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A sign-in that was not checked because there have been too many failed sign-ins for its account name or
 * from its client address. The authentication mechanism puts it on the request; the sign-in page shows its
 * {@link #message()} instead of "wrong user id or password".
 *
 * @param retryAfter how long until the lock ends (whole seconds, at least one)
 * @param byAddress  true when the client address is locked, false when the account name is
 */
public record SignInThrottled(Duration retryAfter, boolean byAddress) {

    public static final String REQUEST_ATTRIBUTE = SignInThrottled.class.getName();

    public SignInThrottled {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        retryAfter = Duration.ofSeconds(seconds);
    }

    /** The refusal the mechanism put on this request, if it refused. */
    public static Optional<SignInThrottled> of(HttpServletRequest request) {
        return request.getAttribute(REQUEST_ATTRIBUTE) instanceof SignInThrottled throttled ? Optional.of(throttled) : Optional.empty();
    }

    /** "Too many failed sign-ins for this account. Try again in 2 minutes." */
    public String message() {
        return "Too many failed sign-ins " + (byAddress ? "from your network" : "for this account")
                + ". Try again in " + wait(retryAfter) + ".";
    }

    /** Seconds under a minute, else whole minutes rounded up: never an earlier time than the lock's end. */
    static String wait(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
