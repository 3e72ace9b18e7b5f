package org.csh.reconciler.retry;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way worth retrying (rate limit, 5xx, no answer, timeout). The message is one line
 * naming what was read and why it failed, never a token.
 */
public class TransientFailure extends Exception {

    private final int status;
    private final Duration requestedWait;

    /**
     * @param status        the HTTP status, 0 when there was no answer
     * @param requestedWait the wait the server asked for (Retry-After, rate-limit reset), or null
     */
    public TransientFailure(String message, int status, Duration requestedWait, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.requestedWait = requestedWait;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> requestedWait() {
        return Optional.ofNullable(requestedWait);
    }
}
