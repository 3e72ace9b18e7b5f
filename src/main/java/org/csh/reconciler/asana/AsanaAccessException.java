package org.csh.reconciler.asana;

/**
 * Asana refused a request for good (401, 403, 404, …): retrying cannot help, an operator must fix the
 * token or the configured gid. The message is one line naming the resource and the status, never the token.
 */
public class AsanaAccessException extends RuntimeException {

    private final int status;

    public AsanaAccessException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status Asana answered with. */
    public int status() {
        return status;
    }
}
