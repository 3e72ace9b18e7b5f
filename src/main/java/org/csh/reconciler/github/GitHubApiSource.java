package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.fetch.BoundedRequests;
import org.csh.reconciler.fetch.Tokens;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
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
    /** A nightly read asks for changes from a little before the last read began, in case clocks differ. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * The one way to build it: timeouts from {@code csh.http.*}, and every request of both the full and the nightly
     * read through {@code retry}. Tests build theirs through {@code GitHubSources} under src/test.
     */
    public GitHubApiSource(GitHubSettings settings, HttpSettings http, RetryPolicy retry, Clock clock) {
        Tokens.require("CSH_GITHUB_TOKEN", "csh.github.token", settings.token());
        this.settings = settings;
        this.httpClient = GitHubHttp.defaultClient(http.connectTimeout());
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
        GitHubHttp http = gitHubHttp();
        boolean board = hasBoard();
        if (board) {
            new BoardHoursQuery(http, json, settings).requireHoursField();
        }

        try (BoundedRequests pool = new BoundedRequests("github", settings.concurrency())) {
            // the board is read page after page by cursor: it runs beside the issue lists, not after them
            Future<Map<String, Double>> boardHours = pool.start(() -> board
                    ? new BoardHoursQuery(http, json, settings).read() : Map.<String, Double>of());
            LabelledIssues labelled = new LabelledIssues(connect(connector), connector, settings);
            RepositoryIssues repositories = new RepositoryIssues(http, json, settings, labelled::of);
            Map<String, GitHubIssue> byUrl = new LinkedHashMap<>();
            // repositories side by side, taken in the configured order; each read whole or by label, whichever is cheaper
            List<RepositoryIssues.Read> reads = pool.map(settings.repositories(), repositories::of);
            for (RepositoryIssues.Read read : reads) {
                read.labelled().forEach(issue -> byUrl.putIfAbsent(issue.url(), issue));
            }
            List<GitHubIssue> subIssues = new SubIssues(http, json, settings, pool)
                    .below(new ArrayList<>(byUrl.values()), KnownSubIssues.of(reads));
            // a labelled sub-issue stays one issue: the labelled one, now knowing its parent
            subIssues.forEach(sub -> byUrl.merge(sub.url(), sub, (issue, asSub) -> withParent(issue, asSub.parentUrl())));
            return snapshot(byUrl, BoundedRequests.await(boardHours), start, started);
        }
    }

    private GitHubSnapshot snapshot(Map<String, GitHubIssue> byUrl, Map<String, Double> boardHours, Instant start,
            long started) {
        List<GitHubIssue> issues = new ArrayList<>(byUrl.values());
        issues.sort(Comparator.comparing(GitHubIssue::repository, String.CASE_INSENSITIVE_ORDER)
                .thenComparingInt(GitHubIssue::number));
        // each issue counted once: a labelled sub-issue is one of the labelled, not also one of the sub-issues
        long labelled = issues.stream().filter(GitHubIssue::labelled).count();
        long unlabelled = issues.size() - labelled;
        log.info("GitHub: read {} issues ({} labelled {}, {} unlabelled {}) from {} repositories, "
                        + "{} board hours values, {} requests in {} ms", issues.size(), labelled, settings.label(),
                unlabelled, unlabelled == 1 ? "sub-issue" : "sub-issues", settings.repositories().size(),
                boardHours.size(), requests.get(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new GitHubSnapshot(issues, boardHours, start);
    }

    /**
     * A nightly read: the issues updated since {@code previous} (one short list per repository), the sub-issue
     * lists of those that changed, and one GraphQL check of the CSH issue count per repository and of the board's
     * last change. When a count differs (an issue deleted or transferred away) it reads everything instead.
     */
    @Override
    public GitHubSnapshot refresh(GitHubSnapshot previous) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        requests.set(0);
        GitHubHttp http = gitHubHttp();
        Instant since = previous.fetchedAt().minus(CLOCK_SKEW);
        boolean board = hasBoard();
        if (board) {
            new BoardHoursQuery(http, json, settings).requireHoursField();
        }
        try (BoundedRequests pool = new BoundedRequests("github", settings.concurrency())) {
            Future<ChangeCheck.Answer> check = pool.start(() -> new ChangeCheck(http, json, settings, board).ask());
            IssueTree tree = IssueTree.of(previous, settings.repositories());
            SinceLists lists = new SinceLists(http, json, settings);
            Set<String> stale = new HashSet<>();
            int changed = 0;
            for (List<GitHubIssue> updated : pool.map(settings.repositories(), repository -> lists.of(repository, since))) {
                for (GitHubIssue issue : updated) {
                    changed++;
                    tree.changed(issue);
                    if (issue.subIssuesTotal() > 0) {
                        stale.add(issue.url());
                    } else if (tree.knowsChildrenOf(issue.url())) {
                        tree.childrenRead(issue.url(), List.of());
                    }
                }
            }
            SubIssues subIssues = new SubIssues(http, json, settings, pool);
            for (List<GitHubIssue> parents = tree.parentsToRead(stale); !parents.isEmpty();
                    parents = tree.parentsToRead(stale)) {
                List<List<GitHubIssue>> read = pool.map(parents, subIssues::childrenOf);
                for (int i = 0; i < parents.size(); i++) {
                    tree.childrenRead(parents.get(i).url(), read.get(i));
                    stale.remove(parents.get(i).url());
                }
            }
            ChangeCheck.Answer now = BoundedRequests.await(check);
            for (String repository : settings.repositories()) {
                Integer count = now.labelledPerRepository().get(repository);
                if (count == null || count != tree.labelledIn(repository)) {
                    log.info("GitHub: {} holds {} CSH issues, {} expected from the last read and {} changes: "
                            + "reading everything", repository, count, tree.labelledIn(repository), changed);
                    int spent = requests.get();
                    GitHubSnapshot full = fetch();
                    requests.addAndGet(spent);
                    return full;
                }
            }
            boolean boardChanged = board
                    && now.boardUpdatedAt().map(updated -> !updated.isBefore(since)).orElse(true);
            Map<String, Double> boardHours = boardChanged ? new BoardHoursQuery(http, json, settings).read()
                    : previous.boardHours();
            Map<String, GitHubIssue> byUrl = new LinkedHashMap<>();
            tree.gather().forEach(issue -> byUrl.put(issue.url(), issue));
            log.info("GitHub: {} issues changed since {}; board {}", changed, since,
                    boardChanged ? "read again" : "unchanged");
            return snapshot(byUrl, boardHours, start, started);
        }
    }

    /** The plain HTTP calls of both reads, with the same timeouts and retries as github-api's. */
    private GitHubHttp gitHubHttp() {
        return new GitHubHttp(httpClient, settings.token(), requests, http.readTimeout(), retry);
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
