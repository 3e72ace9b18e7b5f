package org.csh.reconciler.retry;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy for GitHub and Asana: a capped number of attempts, exponential backoff with jitter,
 * at least the wait the server asked for, and a cap on the total wait of one request.
 *
 * <p>Only {@link TransientFailure}s are retried; anything else an attempt throws passes through at once.
 */
public final class RetryPolicy {

    /** One attempt at a request. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws TransientFailure;
    }

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final int maxAttempts;
    private final Duration maxWait;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    public RetryPolicy(int maxAttempts, Duration maxWait, Sleeper sleeper, Clock clock, RandomGenerator random) {
        this.maxAttempts = maxAttempts;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    /** The production policy: real sleeps, the system clock. */
    public static RetryPolicy standard(HttpSettings settings) {
        return new RetryPolicy(settings.maxAttempts(), settings.maxWait(), Sleeper.REAL, Clock.systemUTC(),
                new SplittableRandom());
    }

    /** The clock that server-given reset times are measured against. */
    public Clock clock() {
        return clock;
    }

    /** Runs {@code attempt} until it succeeds, throws something not transient, or the policy gives up. */
    public <T> T run(Attempt<T> attempt) throws GaveUp {
        Duration waited = Duration.ZERO;
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (TransientFailure failure) {
                if (interrupted(failure)) {
                    // a cancelled request (a sibling failed, or the job is stopping) is not a flaky network
                    Thread.currentThread().interrupt();
                    throw new GaveUp(failure, n, "interrupted, not retried");
                }
                if (n >= maxAttempts) {
                    throw new GaveUp(failure, n, "gave up after " + n + " attempt" + (n == 1 ? "" : "s")
                            + waitedText(waited));
                }
                Duration delay = delay(n, failure);
                if (waited.plus(delay).compareTo(maxWait) > 0) {
                    throw new GaveUp(failure, n, "waiting " + seconds(delay) + " more would pass csh.http.max-wait "
                            + seconds(maxWait) + "; gave up after " + n + " attempt" + (n == 1 ? "" : "s"));
                }
                log.warn("{}; attempt {} of {}, retrying in {}", failure.getMessage(), n, maxAttempts, seconds(delay));
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GaveUp(failure, n, "interrupted while waiting to retry");
                }
                waited = waited.plus(delay);
            }
        }
    }

    /**
     * True when the attempt failed because its thread was interrupted. A read timeout is an
     * {@link InterruptedIOException} too, but a genuine transient one.
     */
    static boolean interrupted(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof ClosedByInterruptException
                    || (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    /** Exponential backoff with "equal jitter" (half fixed, half random), never less than the server asked. */
    Duration delay(int attempt, TransientFailure failure) {
        long backoff = FIRST_DELAY.toMillis() << Math.min(attempt - 1, 20);
        long jittered = backoff / 2 + random.nextLong(backoff / 2 + 1);
        Duration computed = Duration.ofMillis(jittered);
        return failure.requestedWait().filter(asked -> asked.compareTo(computed) > 0).orElse(computed);
    }

    private static String waitedText(Duration waited) {
        return waited.isZero() ? "" : " over " + seconds(waited);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
