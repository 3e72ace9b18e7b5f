package org.csh.reconciler.github;

/**
 * GitHub could not be read: bad credentials, no access, an unknown repository or project, or no answer.
 *
 * <p>The message is one line for operators: what was read, where, the HTTP status and what to check.
 * It never holds a token.
 */
public class GitHubAccessException extends RuntimeException {

    private final int status;
    private final boolean rateLimited;

    public GitHubAccessException(String message, int status) {
        super(message);
        this.status = status;
        this.rateLimited = false;
    }

    public GitHubAccessException(String message, int status, Throwable cause) {
        this(message, status, false, cause);
    }

    /** @param rateLimited a 403 that was a rate limit, not a lack of access: worth retrying later */
    public GitHubAccessException(String message, int status, boolean rateLimited, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.rateLimited = rateLimited;
    }

    /** The HTTP status GitHub answered with, or 0 when there was no answer or no status applies. */
    public int status() {
        return status;
    }

    /** True for answers worth retrying later (429, 5xx, rate limits, no answer); 401, 403 and 404 are permanent. */
    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500 || rateLimited;
    }

    /**
     * GitHub's answer was a success but its content cannot be used (a paging loop, a cursor that repeats): not worth
     * retrying, so its status is the 200 it came with.
     */
    static GitHubAccessException invalidData(String what, String problem) {
        return new GitHubAccessException(what + ": invalid data from GitHub: " + problem, 200);
    }

    static GitHubAccessException pagingLoop(String what, String path, int pagesRead) {
        return invalidData(what, "the Link rel=\"next\" after page " + pagesRead + " of GET " + path
                + " points back to a page already read; stopped instead of reading it again");
    }

    static GitHubAccessException forStatus(String what, String method, String path, int status, Throwable cause) {
        return new GitHubAccessException(what + ": HTTP " + status + " " + explain(status) + " (" + method + " " + path
                + ")", status, cause);
    }

    static String explain(int status) {
        switch (status) {
            case 401:
                return "unauthorized: check csh.github.token";
            case 403:
                return "forbidden: the token lacks access to it, or the rate limit is exhausted";
            case 404:
                return "not found: check the name, and that the token can see it";
            case 429:
                return "too many requests: rate limited";
            default:
                return status >= 500 ? "GitHub server error" : "unexpected answer";
        }
    }
}
