package org.csh.reconciler.job;

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

/** Every {@code csh.*} property, with the defaults SPEC.md names. Tokens are masked in {@code toString}. */
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
        @DefaultValue Http http) {

    /**
     * {@code csh.incremental.*}: nightly runs read only what changed since the last snapshot; everything is read
     * again when the last full read is older than {@code full-every}, which also catches what no change list shows.
     */
    public record Incremental(@DefaultValue("true") boolean enabled, @DefaultValue("7d") java.time.Duration fullEvery) {
    }

    /** {@code csh.github.*}. */
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

    /** {@code csh.github.project.*}: the Projects v2 board holding GitHub Hours. */
    public record Project(String owner, @DefaultValue("0") int number, @DefaultValue("GitHub Hours") String hoursField) {
    }

    /** {@code csh.asana.*}. */
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
            @DefaultValue("completed_at") String deliveredOn) {

        public AsanaSettings settings() {
            return new AsanaSettings(apiUrl, token, portfolioGid, projectGids, cshTaskName, fields.githubUrl(),
                    fields.githubHours(), fields.totalTime(), fields.hoursTotal(), pageSize, concurrency,
                    fields.community(), deliveredOn, logProjectGids);
        }

        @Override
        public String toString() {
            return settings().toString();
        }
    }

    /** {@code csh.asana.fields.*}: custom field names, which differ between organisations. */
    public record Fields(
            @DefaultValue("GitHub URL") String githubUrl,
            @DefaultValue("GitHub Hours") String githubHours,
            @DefaultValue("Total Time") String totalTime,
            @DefaultValue("Hours Total") String hoursTotal,
            @DefaultValue("Community") String community) {
    }

    /** {@code csh.flags.*}: the thresholds of rule 6. */
    public record Flags(@DefaultValue("1.0") BigDecimal overRatio, @DefaultValue("0.5") BigDecimal underRatio) {
    }

    /** {@code csh.report.*}; {@code trend-runs}: how many completed runs the Trend sheet shows, this one included. */
    public record Report(@DefaultValue("reports") Path dir, @DefaultValue("12") int trendRuns) {
    }

    /** {@code csh.mail.*}: the email to BD. */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue List<String> to,
            @DefaultValue("csh-reconciler@localhost") String from,
            @DefaultValue("false") boolean always) {
    }

    /** {@code csh.estimate.*}: bounds on guesses for untimed work. */
    public record Estimate(@DefaultValue("8") BigDecimal maxHours, @DefaultValue("1") BigDecimal defaultHours) {
    }

    /** {@code csh.http.*}: timeouts and retries for GitHub and Asana. */
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
