package org.csh.reconciler.asana;

import java.net.URI;
import java.util.List;

import org.csh.reconciler.fetch.RequestLimits;

/**
 * What to read from Asana and how to reach it ({@code csh.asana.*}). Every field name is configuration
 * because organisations name their custom fields differently and rename them over time.
 *
 * @param apiUrl       e.g. {@code https://app.asana.com/api/1.0}
 * @param token        never printed: {@link #toString()} masks it
 * @param portfolioGid the "Active Engagements" portfolio; ignored when {@code projectGids} is not empty
 * @param projectGids  engagement projects listed directly instead of through the portfolio
 * @param cshTaskName  prefix of the name of every CSH task
 * @param concurrency  requests in flight at once at most; Asana allows 50 concurrent reads per token
 */
public record AsanaSettings(
        URI apiUrl,
        String token,
        String portfolioGid,
        List<String> projectGids,
        String cshTaskName,
        String githubUrlField,
        String githubHoursField,
        String totalTimeField,
        String hoursTotalField,
        int pageSize,
        int concurrency) {

    /** Eight requests in flight: far below Asana's 50 concurrent reads, leaving room for other clients. */
    public static final int DEFAULT_CONCURRENCY = 8;

    public AsanaSettings {
        projectGids = projectGids == null ? List.of() : List.copyOf(projectGids);
        RequestLimits.require("asana", pageSize, concurrency);
    }

    public AsanaSettings(URI apiUrl, String token, String portfolioGid, List<String> projectGids, String cshTaskName,
            String githubUrlField, String githubHoursField, String totalTimeField, String hoursTotalField,
            int pageSize) {
        this(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField, githubHoursField, totalTimeField,
                hoursTotalField, pageSize, DEFAULT_CONCURRENCY);
    }

    @Override
    public String toString() {
        return "AsanaSettings[apiUrl=" + apiUrl + ", token=" + (token == null || token.isBlank() ? "<none>" : "****")
                + ", portfolioGid=" + portfolioGid + ", projectGids=" + projectGids + ", cshTaskName=" + cshTaskName
                + ", githubUrlField=" + githubUrlField + ", githubHoursField=" + githubHoursField
                + ", totalTimeField=" + totalTimeField + ", hoursTotalField=" + hoursTotalField
                + ", pageSize=" + pageSize + ", concurrency=" + concurrency + "]";
    }
}
