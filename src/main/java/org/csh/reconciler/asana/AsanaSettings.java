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
 * @param communityField  the engagement project's custom field naming its community ({@code csh.asana.fields.community})
 * @param deliveredOn     what dates an Asana-only item: {@code completed_at}, {@code due_on}, or a date custom field's
 *                        name ({@code csh.asana.delivered-on})
 * @param logProjectGids  projects holding work items with no CSH task above them ({@code csh.asana.log-project-gids})
 * @param usedField       the CSH tasks' number field the write-back sets to the used hours
 *                        ({@code csh.asana.write-back.used-field}); null when there is no write-back
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
        int concurrency,
        String communityField,
        String deliveredOn,
        List<String> logProjectGids,
        String usedField) {

    /** Eight requests in flight: far below Asana's 50 concurrent reads, leaving room for other clients. */
    public static final int DEFAULT_CONCURRENCY = 8;
    public static final String DEFAULT_COMMUNITY_FIELD = "Community";
    /** {@code csh.asana.delivered-on} naming Asana's own completion time. */
    public static final String COMPLETED_AT = "completed_at";
    /** {@code csh.asana.delivered-on} naming the task's due date. */
    public static final String DUE_ON = "due_on";

    public AsanaSettings {
        projectGids = projectGids == null ? List.of() : List.copyOf(projectGids);
        logProjectGids = logProjectGids == null ? List.of()
                : logProjectGids.stream().filter(gid -> gid != null && !gid.isBlank()).map(String::strip).toList();
        deliveredOn = deliveredOn == null || deliveredOn.isBlank() ? COMPLETED_AT : deliveredOn.strip();
        usedField = usedField == null || usedField.isBlank() ? null : usedField.strip();
        RequestLimits.require("asana", pageSize, concurrency);
    }

    /** Settings without a write-back. */
    public AsanaSettings(URI apiUrl, String token, String portfolioGid, List<String> projectGids, String cshTaskName,
            String githubUrlField, String githubHoursField, String totalTimeField, String hoursTotalField,
            int pageSize, int concurrency, String communityField, String deliveredOn, List<String> logProjectGids) {
        this(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField, githubHoursField, totalTimeField,
                hoursTotalField, pageSize, concurrency, communityField, deliveredOn, logProjectGids, null);
    }

    public AsanaSettings(URI apiUrl, String token, String portfolioGid, List<String> projectGids, String cshTaskName,
            String githubUrlField, String githubHoursField, String totalTimeField, String hoursTotalField,
            int pageSize, int concurrency) {
        this(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField, githubHoursField, totalTimeField,
                hoursTotalField, pageSize, concurrency, DEFAULT_COMMUNITY_FIELD, COMPLETED_AT, List.of());
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
                + ", pageSize=" + pageSize + ", concurrency=" + concurrency + ", communityField=" + communityField
                + ", deliveredOn=" + deliveredOn + ", logProjectGids=" + logProjectGids + ", usedField=" + usedField
                + "]";
    }

    /** These settings, reading also the log projects {@code gids}. */
    public AsanaSettings withLogProjects(List<String> gids) {
        return new AsanaSettings(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField,
                githubHoursField, totalTimeField, hoursTotalField, pageSize, concurrency, communityField, deliveredOn,
                gids, usedField);
    }

    /** These settings, with the community field and the delivery date's source named as given. */
    public AsanaSettings withCommunityFieldAndDeliveredOn(String field, String deliveredOnSource) {
        return new AsanaSettings(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField,
                githubHoursField, totalTimeField, hoursTotalField, pageSize, concurrency, field, deliveredOnSource,
                logProjectGids, usedField);
    }

    /** These settings, reading also the CSH tasks' number field {@code field} for the write-back (null: none). */
    public AsanaSettings withUsedField(String field) {
        return new AsanaSettings(apiUrl, token, portfolioGid, projectGids, cshTaskName, githubUrlField,
                githubHoursField, totalTimeField, hoursTotalField, pageSize, concurrency, communityField, deliveredOn,
                logProjectGids, field);
    }
}
