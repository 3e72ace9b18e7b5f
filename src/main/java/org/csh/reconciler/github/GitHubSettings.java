package org.csh.reconciler.github;

import java.net.URI;
import java.util.List;

/**
 * What to read from GitHub and how to reach it ({@code csh.github.*}).
 *
 * @param apiUrl        REST root, e.g. {@code https://api.github.com}; GraphQL is {@code {apiUrl}/graphql}
 * @param token         never printed: {@link #toString()} masks it
 * @param repositories  {@code owner/name} of every repository holding CSH issues
 * @param projectOwner  organisation owning the Projects v2 board
 * @param hoursField    name of the board's number field holding the hours
 */
public record GitHubSettings(
        URI apiUrl,
        String token,
        String label,
        List<String> repositories,
        String projectOwner,
        int projectNumber,
        String hoursField,
        int pageSize) {

    public GitHubSettings {
        repositories = List.copyOf(repositories);
    }

    @Override
    public String toString() {
        return "GitHubSettings[apiUrl=" + apiUrl + ", token=" + (token == null || token.isBlank() ? "<none>" : "****")
                + ", label=" + label + ", repositories=" + repositories + ", projectOwner=" + projectOwner
                + ", projectNumber=" + projectNumber + ", hoursField=" + hoursField + ", pageSize=" + pageSize + "]";
    }
}
