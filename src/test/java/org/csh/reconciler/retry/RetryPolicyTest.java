package org.csh.reconciler.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    private final RecordingSleeper sleeper = new RecordingSleeper(NOW);

    @Test
    void retriesUntilTheAttemptSucceedsWithGrowingJitteredWaits() throws Exception {
        // given an attempt failing three times
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        // when
        String answer = policy.run(() -> {
            if (calls.incrementAndGet() <= 3) {
                throw new TransientFailure("GitHub: HTTP 503", 503, null, null);
            }
            return "ok";
        });

        // then each wait lies in [backoff/2, backoff] for backoff 1 s, 2 s, 4 s
        assertThat(answer).isEqualTo("ok");
        assertThat(sleeper.waits()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            long backoff = 1000L << i;
            assertThat(sleeper.waits().get(i).toMillis()).isBetween(backoff / 2, backoff);
        }
    }

    @Test
    void eachRetryLogsOneWarnLineWithTheFailureTheAttemptAndTheWait(CapturedOutput output) throws Exception {
        failTwiceThenSucceed(sleeper.policy(5, Duration.ofMinutes(1)));

        assertThat(output.getAll().lines().filter(line -> line.contains("WARN")).toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).containsPattern("; attempt [12] of 5, retrying in \\d+(\\.\\d)? s"));
    }

    @Test
    void theSameSeedGivesTheSameWaits() throws Exception {
        RecordingSleeper other = new RecordingSleeper(NOW);
        failTwiceThenSucceed(sleeper.policy(5, Duration.ofMinutes(1)));
        failTwiceThenSucceed(other.policy(5, Duration.ofMinutes(1)));

        assertThat(other.waits()).isEqualTo(sleeper.waits());
    }

    @Test
    void waitsAtLeastWhatTheServerAskedFor() throws Exception {
        // given
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        // when
        policy.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransientFailure("Asana: 429", 429, Duration.ofSeconds(37), null);
            }
            return "ok";
        });

        // then
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(37));
    }

    @Test
    void givesUpAfterTheLastAttemptNamingTheFailureAndTheCount() {
        // given
        RetryPolicy policy = sleeper.policy(3, Duration.ofMinutes(15));

        // when
        GaveUp gaveUp = catchThrowableOfType(GaveUp.class, () -> policy.run(() -> {
            throw new TransientFailure("GitHub repository acme/support: HTTP 502", 502, null, null);
        }));

        // then
        assertThat(gaveUp.attempts()).isEqualTo(3);
        assertThat(gaveUp.getMessage()).startsWith("GitHub repository acme/support: HTTP 502 (gave up after 3 attempts");
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void givesUpAtOnceWhenTheAskedWaitPassesTheCapOnTotalWait() {
        // given a rate limit resetting in an hour, and at most 15 minutes of waiting
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        // when
        GaveUp gaveUp = catchThrowableOfType(GaveUp.class, () -> policy.run(() -> {
            throw new TransientFailure("GitHub: HTTP 403 rate limit exhausted", 403, Duration.ofHours(1), null);
        }));

        // then
        assertThat(gaveUp.getMessage()).contains("csh.http.max-wait 900 s");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void permanentFailuresPassThroughWithoutRetry() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        IllegalStateException error = catchThrowableOfType(IllegalStateException.class, () -> policy.run(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("401");
        }));

        assertThat(error).hasMessage("401");
        assertThat(calls).hasValue(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aCancelledRequestIsNotRetried() {
        // given a request whose thread is interrupted mid-read, as a sibling's failure cancels it
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        GaveUp error = catchThrowableOfType(GaveUp.class, () -> policy.run(() -> {
            calls.incrementAndGet();
            Thread.currentThread().interrupt();
            throw new TransientFailure("GitHub: no answer (InterruptedIOException)", 0, null,
                    new InterruptedIOException("interrupted"));
        }));

        // then it stops at once and the thread stays interrupted for its owner to see
        assertThat(Thread.interrupted()).isTrue();
        assertThat(error).hasMessageContaining("interrupted, not retried");
        assertThat(calls).hasValue(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void anInterruptOnlyInTheCauseAlsoStopsRetries() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        catchThrowableOfType(GaveUp.class, () -> policy.run(() -> {
            calls.incrementAndGet();
            throw new TransientFailure("Asana: ClosedByInterruptException", 0, null,
                    new java.nio.channels.ClosedByInterruptException());
        }));

        assertThat(Thread.interrupted()).isTrue();
        assertThat(calls).hasValue(1);
    }

    @Test
    void aReadTimeoutIsStillRetried() throws Exception {
        // a SocketTimeoutException is an InterruptedIOException, but a slow server, not a cancellation
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = sleeper.policy(5, Duration.ofMinutes(15));

        String answer = policy.run(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransientFailure("Asana: SocketTimeoutException", 0, null,
                        new SocketTimeoutException("Read timed out"));
            }
            return "ok";
        });

        assertThat(answer).isEqualTo("ok");
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDatesAndResetTimes() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThat(RetryAfter.header("12", clock)).contains(Duration.ofSeconds(12));
        assertThat(RetryAfter.header("Wed, 25 Nov 2026 02:01:00 GMT", clock)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.header("soon", clock)).isEmpty();
        assertThat(RetryAfter.untilEpochSecond(String.valueOf(NOW.getEpochSecond() + 30), clock))
                .contains(Duration.ofSeconds(31));
        assertThat(RetryAfter.untilEpochSecond("x", clock)).isEmpty();
    }

    private static void failTwiceThenSucceed(RetryPolicy policy) throws GaveUp {
        AtomicInteger calls = new AtomicInteger();
        policy.run(() -> {
            if (calls.incrementAndGet() <= 2) {
                throw new TransientFailure("x", 500, null, null);
            }
            return "ok";
        });
    }
}
