package org.csh.reconciler.github;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.retry.RetryAfter;
import org.csh.reconciler.retry.TransientFailure;

/**
 * Tells GitHub's answers worth retrying from permanent ones: 429, 5xx, the primary rate limit (403 with
 * {@code x-ratelimit-remaining: 0}, wait until {@code x-ratelimit-reset}) and secondary rate limits (403 with
 * {@code retry-after} or GitHub's "secondary rate limit" message, wait at least a minute as GitHub asks).
 * A 403 without those signs is a token without access: permanent.
 */
final class GitHubLimits {

    static final Duration SECONDARY_LIMIT_WAIT = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GitHubLimits() {
    }

    /** The failure to retry for this answer, or empty when it is a success or a permanent failure. */
    static Optional<TransientFailure> transientFailure(String what, int status, Function<String, Optional<String>> header,
            String body, Clock clock) {
        Optional<Duration> retryAfter = header.apply("retry-after").flatMap(value -> RetryAfter.header(value, clock));
        boolean exhausted = header.apply("x-ratelimit-remaining").map(String::strip).filter("0"::equals).isPresent();
        if (status / 100 == 2 && isGraphQlRateLimit(body)) {
            // GraphQL answers its rate limit with 200 and an error of type RATE_LIMITED: wait for the reset
            Duration wait = retryAfter
                    .or(() -> exhausted ? header.apply("x-ratelimit-reset")
                            .flatMap(reset -> RetryAfter.untilEpochSecond(reset, clock)) : Optional.empty())
                    .orElse(SECONDARY_LIMIT_WAIT);
            return Optional.of(new TransientFailure(what + ": GraphQL rate limited (RATE_LIMITED"
                    + (exhausted ? ", x-ratelimit-remaining 0" : "") + ")", status, wait, null));
        }
        if (status < 400) {
            return Optional.empty();
        }
        boolean secondary = body != null && body.toLowerCase(Locale.ROOT).contains("secondary rate limit");
        if (status == 403 || status == 429) {
            if (!(status == 429 || exhausted || secondary || retryAfter.isPresent())) {
                return Optional.empty();
            }
            Duration wait = retryAfter
                    .or(() -> exhausted ? header.apply("x-ratelimit-reset")
                            .flatMap(reset -> RetryAfter.untilEpochSecond(reset, clock)) : Optional.empty())
                    .orElse(secondary ? SECONDARY_LIMIT_WAIT : null);
            String kind = secondary ? "secondary rate limit" : exhausted ? "rate limit exhausted" : "rate limited";
            return Optional.of(new TransientFailure(what + ": HTTP " + status + " " + kind, status, wait, null));
        }
        if (status >= 500) {
            return Optional.of(new TransientFailure(what + ": HTTP " + status + " GitHub server error", status,
                    retryAfter.orElse(null), null));
        }
        return Optional.empty();
    }

    static boolean isRateLimit(TransientFailure failure) {
        return failure.status() == 403 || failure.status() / 100 == 2;
    }

    /** A GraphQL answer whose {@code errors} include one of type {@code RATE_LIMITED}. */
    static boolean isGraphQlRateLimit(String body) {
        if (body == null || !body.contains("RATE_LIMITED")) {
            return false; // the usual case, decided without parsing the page
        }
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                if ("RATE_LIMITED".equals(error.path("type").asText())) {
                    return true;
                }
            }
            return false;
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }
}
