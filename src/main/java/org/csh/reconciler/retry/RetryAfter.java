package org.csh.reconciler.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the waits servers ask for: {@code Retry-After} and rate-limit reset times. Bad values are ignored. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** {@code Retry-After}: delay seconds or an HTTP date. */
    public static Optional<Duration> header(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(clock.instant(), at)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** A reset time in epoch seconds, such as GitHub's {@code x-ratelimit-reset}: the wait until then. */
    public static Optional<Duration> untilEpochSecond(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(value.strip()));
            // one second more: the reset is rounded down to whole seconds
            return Optional.of(nonNegative(Duration.between(clock.instant(), at)).plusSeconds(1));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
