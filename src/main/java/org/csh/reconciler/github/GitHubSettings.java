package org.csh.reconciler.github;

import java.net.URI;
import java.util.List;

import org.csh.reconciler.fetch.RequestLimits;

/**
 * What to read from GitHub and how to reach it ({@code csh.github.*}).
 *
 * @param apiUrl        REST root, e.g. {@code https://api.github.com}; GraphQL is {@code {apiUrl}/graphql}
 * @param token         never printed: {@link #toString()} masks it
 * @param repositories  {@code owner/name} of every repository holding CSH issues
 * @param projectOwner  organisation owning the Projects v2 board
 * @param hoursField    name of the board's number field holding the hours
 * @param concurrency   requests in flight at once at most; GitHub asks clients not to send many at once
 */
public record GitHubSettings(
        URI apiUrl,
        String token,
        String label,
        List<String> repositories,
        String projectOwner,
        int projectNumber,
        String hoursField,
        int pageSize,
        int concurrency) {

    /** Four requests in flight: well inside GitHub's guidance against many concurrent requests. */
    public static final int DEFAULT_CONCURRENCY = 4;

    public GitHubSettings {
        repositories = List.copyOf(repositories);
        RequestLimits.require("github", pageSize, concurrency);
    }

    public GitHubSettings(URI apiUrl, String token, String label, List<String> repositories, String projectOwner,
            int projectNumber, String hoursField, int pageSize) {
        this(apiUrl, token, label, repositories, projectOwner, projectNumber, hoursField, pageSize, DEFAULT_CONCURRENCY);
    }

    @Override
    public String toString() {
        return "GitHubSettings[apiUrl=" + apiUrl + ", token=" + (token == null || token.isBlank() ? "<none>" : "****")
                + ", label=" + label + ", repositories=" + repositories + ", projectOwner=" + projectOwner
                + ", projectNumber=" + projectNumber + ", hoursField=" + hoursField + ", pageSize=" + pageSize + ", concurrency=" + concurrency + "]";
    }
}
