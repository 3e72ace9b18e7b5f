package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.retry.GaveUp;
import org.csh.reconciler.retry.RetryPolicy;
import org.csh.reconciler.retry.TransientFailure;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes github-api's requests on, counting them, and keeps the raw issue fields the library drops.
 *
 * <p>github-api 1.330 reads {@code state_reason: duplicate} as UNKNOWN and knows no
 * {@code sub_issues_summary}, so each issue response is buffered and those fields are read from the
 * JSON, keyed by {@code html_url}, before the library gets an equivalent response.
 *
 * <p>Every library request passes through {@link #send}, so the {@link RetryPolicy} retries rate limits, 5xx,
 * resets and timeouts here; the library's own rate-limit handlers are set to fail, so they never wait.
 */
final class RawIssueFieldsConnector implements GitHubConnector {

    /** The fields read from the raw JSON of one issue. */
    record RawIssueFields(String stateReason, int subIssuesTotal) {
    }

    /** The last answer that was not a success, so errors can name the status without the library's wording. */
    record Failure(int status, String method, String path) {
    }

    private final GitHubConnector delegate;
    private final ObjectMapper json;
    private final AtomicInteger requests;
    private final Map<String, RawIssueFields> byHtmlUrl = new ConcurrentHashMap<>();
    private final RetryPolicy retry;
    private volatile Failure lastFailure;
    /** The list pages answered so far (their {@link GitHubHttp#pageKey}), to notice a link back to one of them. */
    private final Set<String> readPages = ConcurrentHashMap.newKeySet();
    private volatile String lastGiveUp;
    private volatile String lastPath;

    RawIssueFieldsConnector(GitHubConnector delegate, ObjectMapper json, AtomicInteger requests, RetryPolicy retry) {
        this.delegate = delegate;
        this.json = json;
        this.requests = requests;
        this.retry = retry;
    }

    @Override
    public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
        BufferedAnswer response;
        try {
            response = retry.run(() -> attempt(request));
        } catch (GaveUp e) {
            if (e.last() instanceof RetryableAnswer) {
                // the library turns the last answer into its error, and LabelledIssues names the status
                response = ((RetryableAnswer) e.last()).response;
            } else {
                // a plain IOException: the library retries only socket errors, and the policy already did
                lastGiveUp = e.getMessage();
                throw new IOException(e.getMessage(), e);
            }
        }
        lastPath = request.url().getPath();
        if (response.statusCode() >= 400) {
            lastFailure = new Failure(response.statusCode(), request.method(), request.url().getPath());
        } else if (request.url().getPath().contains("/issues")) {
            refuseLoop(request, response);
            remember(response.body());
        }
        return response;
    }

    /**
     * github-api follows {@code rel="next"} wherever it points; a link back to a page already read would keep it
     * reading the same pages for ever, so the answer that holds such a link ends the list with a failure.
     */
    private void refuseLoop(GitHubConnectorRequest request, BufferedAnswer response) throws IOException {
        readPages.add(GitHubHttp.pageKey(toUri(request)));
        List<String> links = response.allHeaders().entrySet().stream()
                .filter(header -> "Link".equalsIgnoreCase(header.getKey()) && header.getValue() != null)
                .flatMap(header -> header.getValue().stream()).toList();
        Optional<java.net.URI> next = GitHubHttp.nextPage(links);
        if (next.isPresent() && readPages.contains(GitHubHttp.pageKey(next.get()))) {
            String repository = IssueJson.repositoryOfPath(request.url().getPath());
            throw new PagingLoop(GitHubAccessException.pagingLoop("GitHub repository " + repository,
                    request.url().getPath(), (int) readPages.stream()
                            .filter(page -> page.startsWith(request.url().getPath() + "?")).count()));
        }
    }

    private static java.net.URI toUri(GitHubConnectorRequest request) throws IOException {
        try {
            return request.url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("Invalid URL", e);
        }
    }

    /** Carries the paging-loop failure through github-api, which only passes on IOExceptions. */
    static final class PagingLoop extends IOException {

        private final transient GitHubAccessException failure;

        PagingLoop(GitHubAccessException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }

        GitHubAccessException failure() {
            return failure;
        }
    }

    private BufferedAnswer attempt(GitHubConnectorRequest request) throws TransientFailure {
        requests.incrementAndGet();
        String where = "GitHub " + request.method() + " " + request.url().getPath();
        BufferedAnswer buffered;
        try (GitHubConnectorResponse response = delegate.send(request)) {
            buffered = new BufferedAnswer(request, response.statusCode(), decodedHeaders(response), readBody(response));
        } catch (IOException e) {
            throw new TransientFailure(where + ": no answer from GitHub (" + e.getClass().getSimpleName() + ")", 0,
                    null, e);
        }
        Optional<TransientFailure> retryable = GitHubLimits.transientFailure(where, buffered.statusCode(),
                name -> Optional.ofNullable(buffered.header(name)), bodyText(buffered), retry.clock());
        if (retryable.isPresent()) {
            throw new RetryableAnswer(retryable.get(), buffered);
        }
        return buffered;
    }

    private static String bodyText(BufferedAnswer response) {
        // only error bodies are read for GitHub's "secondary rate limit" message; they are small
        return response.statusCode() >= 400 ? new String(response.body(), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    /** A retryable answer, kept so that the library sees it if the policy gives up. */
    private static final class RetryableAnswer extends TransientFailure {

        private final transient BufferedAnswer response;

        RetryableAnswer(TransientFailure failure, BufferedAnswer response) {
            super(failure.getMessage(), failure.status(), failure.requestedWait().orElse(null), null);
            this.response = response;
        }
    }

    Optional<RawIssueFields> fieldsOf(String htmlUrl) {
        return Optional.ofNullable(byHtmlUrl.get(htmlUrl));
    }

    /** Why the retry policy last gave up on a request that got no answer at all. */
    Optional<String> lastGiveUp() {
        return Optional.ofNullable(lastGiveUp);
    }

    /** The path of the last answered request, to name the page the library could not read. */
    Optional<String> lastPath() {
        return Optional.ofNullable(lastPath);
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private static byte[] readBody(GitHubConnectorResponse response) throws IOException {
        try (InputStream in = response.bodyStream()) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private void remember(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException notJson) {
            return; // the library will report the broken body itself
        }
        if (root == null) {
            return;
        }
        if (root.isArray()) {
            root.forEach(this::rememberIssue);
        } else {
            rememberIssue(root);
        }
    }

    private void rememberIssue(JsonNode issue) {
        String htmlUrl = IssueJson.htmlUrl(issue);
        if (htmlUrl != null && issue.has("number")) {
            byHtmlUrl.put(htmlUrl, new RawIssueFields(IssueJson.stateReason(issue), IssueJson.subIssuesTotal(issue)));
        }
    }

    /** The body handed on is already decompressed, so the library must not gunzip it again. */
    private static Map<String, List<String>> decodedHeaders(GitHubConnectorResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.allHeaders().forEach((name, values) -> {
            if (!"Content-Encoding".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                headers.put(name, values);
            }
        });
        return headers;
    }
}
