package org.csh.reconciler.retry;

import java.time.Duration;

/** Waits between attempts; tests pass one that only records the wait, so they never sleep for real. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
