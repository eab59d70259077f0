package org.locus.platform.internal.due;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a task has before it falls due, written as an ISO 8601 duration: {@code P5D} (days, weeks,
 * months as the calendar counts them) or {@code PT4H} (hours and minutes).
 */
record DuePeriod(TemporalAmount amount, String text) {

    /** The period the text names, or empty when it names none (or a negative or zero one). */
    static Optional<DuePeriod> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        try {
            Period period = Period.parse(value);
            return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(new DuePeriod(period, value));
        } catch (DateTimeParseException notAPeriod) {
            try {
                Duration duration = Duration.parse(value);
                return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(new DuePeriod(duration, value));
            } catch (DateTimeParseException notADuration) {
                return Optional.empty();
            }
        }
    }

    /** When a task created at that moment falls due (days counted in UTC). */
    Instant after(Instant created) {
        return created.atZone(ZoneOffset.UTC).plus(amount).toInstant();
    }
}
