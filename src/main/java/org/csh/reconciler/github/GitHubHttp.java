package org.csh.reconciler.github;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP calls to GitHub for what github-api lacks (sub-issues, GraphQL).
 *
 * <p>Every call goes through {@link #send}, the one place a retry policy for 429/5xx can wrap later.
 */
final class GitHubHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final HttpClient client;
    private final String token;
    private final AtomicInteger requests;

    GitHubHttp(HttpClient client, String token, AtomicInteger requests) {
        this.client = client;
        this.token = token;
        this.requests = requests;
    }

    /** An HTTP/1.1 client: plain-HTTP HTTP/2 upgrades break against WireMock (STACK.md). */
    static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
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
        return response.headers().allValues("Link").stream()
                .map(NEXT_LINK::matcher)
                .filter(Matcher::find)
                .map(match -> URI.create(match.group(1)))
                .findFirst();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        requests.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GitHubAccessException(what + ": no answer from GitHub (" + e.getClass().getSimpleName() + ") ("
                    + request.method() + " " + request.uri().getPath() + ")", 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubAccessException(what + ": interrupted while reading GitHub", 0, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw GitHubAccessException.forStatus(what, request.method(), request.uri().getPath(),
                    response.statusCode(), null);
        }
        return response;
    }
}
