package org.csh.reconciler.github;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csh.reconciler.retry.GaveUp;
import org.csh.reconciler.retry.RetryPolicy;
import org.csh.reconciler.retry.TransientFailure;

/**
 * Plain HTTP calls to GitHub for what github-api lacks (sub-issues, GraphQL).
 *
 * <p>Every call goes through {@link #send}, where the {@link RetryPolicy} retries rate limits, 5xx, resets
 * and timeouts.
 */
final class GitHubHttp {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final HttpClient client;
    private final String token;
    private final AtomicInteger requests;
    private final Duration readTimeout;
    private final RetryPolicy retry;

    GitHubHttp(HttpClient client, String token, AtomicInteger requests, Duration readTimeout, RetryPolicy retry) {
        this.client = client;
        this.token = token;
        this.requests = requests;
        this.readTimeout = readTimeout;
        this.retry = retry;
    }

    /** An HTTP/1.1 client: plain-HTTP HTTP/2 upgrades break against WireMock (STACK.md). */
    static HttpClient defaultClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    HttpResponse<String> get(URI uri, String what) {
        return send(request(uri).GET().build(), what);
    }

    HttpResponse<String> postJson(URI uri, String body, String what) {
        return send(request(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), what);
    }

    /** The {@code rel="next"} page of a paginated answer, if any. */
    static Optional<URI> nextPage(HttpResponse<?> response) {
        return nextPage(response.headers().allValues("Link"));
    }

    /** The {@code rel="next"} page named by these {@code Link} header values, if any. */
    static Optional<URI> nextPage(List<String> linkHeaders) {
        return linkHeaders.stream()
                .map(NEXT_LINK::matcher)
                .filter(Matcher::find)
                .map(match -> URI.create(match.group(1)))
                .findFirst();
    }

    /**
     * The next page of a list whose pages so far are {@code read}, or a failure when GitHub's {@code rel="next"}
     * points back to one of them: a paging loop would otherwise ask for the same pages until memory runs out.
     */
    static Optional<URI> nextUnreadPage(HttpResponse<?> response, Set<String> read, String what) {
        read.add(pageKey(response.request().uri()));
        Optional<URI> next = nextPage(response);
        if (next.isPresent() && read.contains(pageKey(next.get()))) {
            throw GitHubAccessException.pagingLoop(what, response.request().uri().getPath(), read.size());
        }
        return next;
    }

    /** A page's address with its query sorted and {@code page=1} made explicit, so that the first page is known. */
    static String pageKey(URI page) {
        java.util.TreeSet<String> parameters = new java.util.TreeSet<>();
        if (page.getRawQuery() != null) {
            parameters.addAll(List.of(page.getRawQuery().split("&")));
        }
        if (parameters.stream().noneMatch(parameter -> parameter.startsWith("page="))) {
            parameters.add("page=1");
        }
        return page.getRawPath() + "?" + String.join("&", parameters);
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        String where = " (" + request.method() + " " + request.uri().getPath() + ")";
        try {
            return retry.run(() -> attempt(request, what, where));
        } catch (GaveUp e) {
            TransientFailure last = e.last();
            throw new GitHubAccessException(e.getMessage(), last.status(), GitHubLimits.isRateLimit(last), e);
        }
    }

    private HttpResponse<String> attempt(HttpRequest request, String what, String where) throws TransientFailure {
        requests.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TransientFailure(what + ": no answer from GitHub (" + e.getClass().getSimpleName() + ")" + where,
                    0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubAccessException(what + ": interrupted while reading GitHub", 0, e);
        }
        Optional<TransientFailure> retryable = GitHubLimits.transientFailure(what, response.statusCode(),
                name -> response.headers().firstValue(name), response.body(), retry.clock());
        if (retryable.isPresent()) {
            TransientFailure failure = retryable.get();
            throw new TransientFailure(failure.getMessage() + where, failure.status(),
                    failure.requestedWait().orElse(null), null);
        }
        if (response.statusCode() / 100 != 2) {
            throw GitHubAccessException.forStatus(what, request.method(), request.uri().getPath(),
                    response.statusCode(), null);
        }
        return response;
    }
}
