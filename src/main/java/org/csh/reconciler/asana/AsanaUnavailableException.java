package org.csh.reconciler.asana;

/**
 * Asana could not answer right now (rate limit, 5xx, network): the kind of failure a retry policy may retry.
 * The message names the resource and the cause, never the token.
 */
public class AsanaUnavailableException extends RuntimeException {

    public AsanaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
