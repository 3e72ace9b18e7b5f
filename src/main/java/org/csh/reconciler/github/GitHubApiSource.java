package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RetryPolicy;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads CSH issues (github-api), their sub-issues (REST) and the board's hours (GraphQL) from GitHub. */
public class GitHubApiSource implements GitHubSource {

    private static final Logger log = LoggerFactory.getLogger(GitHubApiSource.class);

    private final GitHubSettings settings;
    private final HttpClient httpClient;
    private final Clock clock;
    private final HttpSettings http;
    private final RetryPolicy retry;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger requests = new AtomicInteger();

    public GitHubApiSource(GitHubSettings settings) {
        this(settings, GitHubHttp.defaultClient(), Clock.systemUTC());
    }

    public GitHubApiSource(GitHubSettings settings, HttpClient httpClient) {
        this(settings, httpClient, Clock.systemUTC());
    }

    public GitHubApiSource(GitHubSettings settings, HttpClient httpClient, Clock clock) {
        this(settings, httpClient, clock, HttpSettings.DEFAULTS, RetryPolicy.standard(HttpSettings.DEFAULTS));
    }

    /** Production wiring: timeouts and retries from {@code csh.http.*}. */
    public GitHubApiSource(GitHubSettings settings, HttpSettings http, RetryPolicy retry) {
        this(settings, GitHubHttp.defaultClient(http.connectTimeout()), Clock.systemUTC(), http, retry);
    }

    public GitHubApiSource(GitHubSettings settings, HttpClient httpClient, Clock clock, HttpSettings http,
            RetryPolicy retry) {
        this.settings = settings;
        this.httpClient = httpClient;
        this.clock = clock;
        this.http = http;
        this.retry = retry;
    }

    @Override
    public GitHubSnapshot fetch() {
        Instant start = clock.instant();
        long started = System.nanoTime();
        requests.set(0);
        RawIssueFieldsConnector connector = new RawIssueFieldsConnector(
                new TimedGitHubConnector(httpClient, this.http.readTimeout()), json, requests, retry);
        GitHubHttp http = new GitHubHttp(httpClient, settings.token(), requests, this.http.readTimeout(), retry);

        LabelledIssues labelled = new LabelledIssues(connect(connector), connector, settings);
        Map<String, GitHubIssue> byUrl = new LinkedHashMap<>();
        for (String repository : settings.repositories()) {
            labelled.of(repository).forEach(issue -> byUrl.putIfAbsent(issue.url(), issue));
        }
        int labelledCount = byUrl.size();
        List<GitHubIssue> subIssues = new SubIssues(http, json, settings).below(new ArrayList<>(byUrl.values()));
        // a labelled sub-issue stays one issue: the labelled one, now knowing its parent
        subIssues.forEach(sub -> byUrl.merge(sub.url(), sub, (issue, asSub) -> withParent(issue, asSub.parentUrl())));
        Map<String, Double> boardHours = hasBoard() ? new BoardHoursQuery(http, json, settings).read() : Map.of();

        List<GitHubIssue> issues = new ArrayList<>(byUrl.values());
        issues.sort(Comparator.comparing(GitHubIssue::repository, String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(GitHubIssue::number));
        log.info("GitHub: read {} CSH issues and {} sub-issues from {} repositories, {} board hours values, "
                        + "{} requests in {} ms", labelledCount, subIssues.size(), settings.repositories().size(),
                boardHours.size(), requests.get(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new GitHubSnapshot(issues, boardHours, start);
    }

    /** Requests made to GitHub by the last {@link #fetch()}, by github-api and by this source's own calls. */
    public int requestCount() {
        return requests.get();
    }

    private GitHub connect(RawIssueFieldsConnector connector) {
        GitHubBuilder builder = new GitHubBuilder()
                .withEndpoint(BaseUrl.of(settings.apiUrl()))
                .withConnector(connector)
                // our RetryPolicy decides about rate limits; the library's default handler would sleep until reset
                .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
                .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
        String token = settings.token();
        if (token != null && !token.isBlank()) {
            // an empty login keeps github-api from asking GET /user who we are: one request fewer, and
            // app installation tokens may not read /user at all
            builder = looksLikeJwt(token) ? builder.withJwtToken(token) : builder.withOAuthToken(token, "");
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new GitHubAccessException("GitHub at " + settings.apiUrl() + ": cannot set up the client ("
                    + e.getClass().getSimpleName() + ")", 0, e);
        }
    }

    /** A GitHub App's JWT (three dot-separated base64url parts, a JSON header) goes as a Bearer token. */
    private static boolean looksLikeJwt(String token) {
        return token.startsWith("eyJ") && token.chars().filter(c -> c == '.').count() == 2;
    }

    private boolean hasBoard() {
        if (settings.projectOwner() == null || settings.projectOwner().isBlank() || settings.projectNumber() <= 0) {
            log.warn("GitHub: no project board configured (csh.github.project.owner/number): no board hours read");
            return false;
        }
        return true;
    }

    private static GitHubIssue withParent(GitHubIssue issue, String parentUrl) {
        return new GitHubIssue(issue.url(), issue.repository(), issue.number(), issue.title(), issue.body(),
                issue.labels(), issue.state(), issue.stateReason(), issue.closedAt(), issue.updatedAt(),
                issue.labelled(), issue.subIssuesTotal(), parentUrl);
    }
}
