package org.csh.reconciler.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.csh.reconciler.SuppliedClock;

/** A {@link Sleeper} that only moves its own clock forward and records each wait: tests never sleep. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();
    private Instant now;

    public RecordingSleeper(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping"); // as Thread.sleep does
        }
        waits.add(duration);
        now = now.plus(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** A clock that this sleeper moves forward. */
    public Clock clock() {
        return new SuppliedClock(this::now);
    }

    private synchronized Instant now() {
        return now;
    }

    /** The production policy's shape, with this sleeper, its clock and a seeded jitter. */
    public RetryPolicy policy(int maxAttempts, Duration maxWait) {
        return new RetryPolicy(maxAttempts, maxWait, this, clock(), new SplittableRandom(42));
    }
}
