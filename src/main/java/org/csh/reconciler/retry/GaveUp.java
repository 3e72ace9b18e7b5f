package org.csh.reconciler.retry;

/** The retry policy stopped: too many attempts, or the next wait would pass {@code csh.http.max-wait}. */
public class GaveUp extends Exception {

    private final TransientFailure last;
    private final int attempts;

    GaveUp(TransientFailure last, int attempts, String why) {
        super(last.getMessage() + " (" + why + ")", last.getCause());
        this.last = last;
        this.attempts = attempts;
    }

    /** The failure of the last attempt. */
    public TransientFailure last() {
        return last;
    }

    public int attempts() {
        return attempts;
    }
}
