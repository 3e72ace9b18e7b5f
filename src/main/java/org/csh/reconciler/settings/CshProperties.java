package org.csh.reconciler.settings;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.github.GitHubSettings;
import org.csh.reconciler.retry.HttpSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code csh.*} property, with the defaults SPEC.md names. Tokens are masked in {@code toString}.
 * <p>
 * The {@code @param} lines are the properties' meanings: the configuration processor copies them into
 * {@code META-INF/spring-configuration-metadata.json}, from which {@code --help} prints its table, and
 * {@code ConfigurationMetadataTest} holds the README's table to the same words. Write them in the README's style.
 *
 * @param zone completion instants become dates in this zone
 * @param communitiesFile the contracts file; when it names no file, the contracts are read from Asana (see "Running without a contracts file")
 */
@ConfigurationProperties("csh")
public record CshProperties(
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("config/communities.yml") Path communitiesFile,
        @DefaultValue GitHub github,
        @DefaultValue Asana asana,
        @DefaultValue Flags flags,
        @DefaultValue Report report,
        @DefaultValue Mail mail,
        @DefaultValue Estimate estimate,
        @DefaultValue Incremental incremental,
        @DefaultValue Http http,
        @DefaultValue Balance balance) {

    /**
     * {@code csh.incremental.*}: nightly runs read only what changed since the last snapshot; everything is read
     * again when the last full read is older than {@code full-every}, which also catches what no change list shows.
     *
     * @param enabled nightly runs read from GitHub only what changed since the last snapshot
     * @param fullEvery read everything again when the last full read is older than this
     */
    public record Incremental(@DefaultValue("true") boolean enabled, @DefaultValue("7d") java.time.Duration fullEvery) {
    }

    /**
     * {@code csh.github.*}.
     *
     * @param apiUrl REST root; GraphQL is `{api-url}/graphql`
     * @param token `CSH_GITHUB_TOKEN`: read access to the repositories' issues and the organisation's projects (fine-grained: Issues read, organisation Projects read; classic: `repo`, `read:project`)
     * @param label the label of CSH issues
     * @param repositories `owner/name` of every repository holding CSH issues
     * @param pageSize issues per page
     * @param concurrency GitHub requests in flight at once, at most
     */
    public record GitHub(
            @DefaultValue("https://api.github.com") URI apiUrl,
            String token,
            @DefaultValue("CSH") String label,
            @DefaultValue List<String> repositories,
            @DefaultValue Project project,
            @DefaultValue("100") int pageSize,
            @DefaultValue("4") int concurrency) {

        public GitHubSettings settings() {
            return new GitHubSettings(apiUrl, token, label, repositories, project.owner(), project.number(),
                    project.hoursField(), pageSize, concurrency);
        }

        @Override
        public String toString() {
            return settings().toString();
        }
    }

    /**
     * {@code csh.github.project.*}: the Projects v2 board holding GitHub Hours.
     *
     * @param owner organisation owning the Projects v2 board
     * @param number the board's number
     * @param hoursField the board's number field holding the hours
     */
    public record Project(String owner, @DefaultValue("0") int number, @DefaultValue("GitHub Hours") String hoursField) {
    }

    /**
     * {@code csh.asana.*}.
     *
     * @param apiUrl REST root of Asana
     * @param token `CSH_ASANA_TOKEN`: a personal access token or service account token; a scoped token also needs `time_tracking_entries:read`, without which Actual time reads as empty and timed work is estimated, and `tasks:write` for the write-back (`csh.asana.write-back.used-field`)
     * @param portfolioGid the "Active Engagements" portfolio: one project per engagement (a community may have several)
     * @param projectGids engagement projects listed directly instead of the portfolio
     * @param cshTaskName prefix of the name of every CSH task (one per period is fine)
     * @param pageSize records per page
     * @param concurrency Asana requests in flight at once, at most (Asana allows 50)
     * @param logProjectGids projects holding work items with no CSH task above them: an "Activity Log", the sync automation's project (see "Log projects")
     * @param deliveredOn what dates Asana-only work: `completed_at`, `due_on`, or the name of a date custom field (e.g. `Date`) for work logged after the fact; where it is empty, `completed_at`
     */
    public record Asana(
            @DefaultValue("https://app.asana.com/api/1.0") URI apiUrl,
            String token,
            String portfolioGid,
            @DefaultValue List<String> projectGids,
            @DefaultValue("Community Success Hours") String cshTaskName,
            @DefaultValue Fields fields,
            @DefaultValue("100") int pageSize,
            @DefaultValue("8") int concurrency,
            @DefaultValue List<String> logProjectGids,
            @DefaultValue("completed_at") String deliveredOn,
            @DefaultValue WriteBack writeBack) {

        public Asana {
            writeBack = writeBack == null ? new WriteBack(null) : writeBack;
        }

        public AsanaSettings settings() {
            return new AsanaSettings(apiUrl, token, portfolioGid, projectGids, cshTaskName, fields.githubUrl(),
                    fields.githubHours(), fields.totalTime(), fields.hoursTotal(), pageSize, concurrency,
                    fields.community(), deliveredOn, logProjectGids, writeBack.usedField());
        }

        @Override
        public String toString() {
            return settings().toString();
        }
    }

    /**
     * {@code csh.asana.write-back.*}: the used hours written back onto the CSH tasks, off unless a field is named.
     *
     * @param usedField a number custom field of the CSH tasks: each completed run sets it on every current CSH task to its community's used hours for the period (see "Write-back to Asana"); unset, nothing is written
     */
    public record WriteBack(String usedField) {

        /** Whether a field is named, so that runs write the used hours back. */
        public boolean enabled() {
            return usedField != null && !usedField.isBlank();
        }
    }

    /**
     * {@code csh.asana.fields.*}: custom field names, which differ between organisations.
     *
     * @param githubUrl custom field holding a mirror's issue URL
     * @param githubHours custom field holding a mirror's hours
     * @param totalTime custom field: GitHub Hours + Actual time
     * @param hoursTotal the hours allocated to a CSH task's period, checked against the contract (rule 8)
     * @param community the engagement project's drop-down (or text) field naming its community
     */
    public record Fields(
            @DefaultValue("GitHub URL") String githubUrl,
            @DefaultValue("GitHub Hours") String githubHours,
            @DefaultValue("Total Time") String totalTime,
            @DefaultValue("Hours Total") String hoursTotal,
            @DefaultValue("Community") String community) {
    }

    /**
     * {@code csh.flags.*}: the thresholds of rule 6.
     *
     * @param overRatio `EXCEEDING` when used > contracted × this
     * @param underRatio `UNDERUSING` when used < expected × this, once 25 % of the period has passed
     */
    public record Flags(@DefaultValue("1.0") BigDecimal overRatio, @DefaultValue("0.5") BigDecimal underRatio) {
    }

    /**
     * {@code csh.report.*}.
     *
     * @param dir where the workbook and CSV go
     * @param trendRuns completed runs shown on the Trend sheet, this one included
     */
    public record Report(@DefaultValue("reports") Path dir, @DefaultValue("12") int trendRuns) {
    }

    /**
     * {@code csh.mail.*}: the email to BD.
     *
     * @param enabled email the report to BD
     * @param to recipients
     * @param from sender
     * @param always send on every run, not only when a status changed
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue List<String> to,
            @DefaultValue("csh-reconciler@localhost") String from,
            @DefaultValue("false") boolean always) {
    }

    /**
     * {@code csh.estimate.*}: bounds on guesses for untimed work.
     *
     * @param maxHours no estimate is larger
     * @param defaultHours estimate for untimed work when nothing was ever timed
     */
    public record Estimate(@DefaultValue("8") BigDecimal maxHours, @DefaultValue("1") BigDecimal defaultHours) {
    }

    /**
     * {@code csh.balance.*}: what {@code --balance} shows staff.
     *
     * @param maxAge figures older than this are printed with a warning that the nightly run may have failed
     */
    public record Balance(@DefaultValue("36h") Duration maxAge) {
    }

    /**
     * {@code csh.http.*}: timeouts and retries for GitHub and Asana.
     *
     * @param connectTimeout longest wait for a connection to GitHub or Asana
     * @param readTimeout longest wait for the answer to one request
     * @param maxAttempts attempts per request, the first included (see "Failure behaviour")
     * @param maxWait longest total wait between the attempts of one request
     */
    public record Http(
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("15m") Duration maxWait) {

        public HttpSettings settings() {
            return new HttpSettings(connectTimeout, readTimeout, maxAttempts, maxWait);
        }
    }
}
