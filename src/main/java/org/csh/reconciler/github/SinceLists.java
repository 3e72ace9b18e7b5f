package org.csh.reconciler.github;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every issue of a repository updated since an instant, labelled or not: a label removed, a sub-issue edited
 * and a CSH issue edited all show up here, in one short list when little changed.
 */
final class SinceLists {

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final GitHubSettings settings;

    SinceLists(GitHubHttp http, ObjectMapper json, GitHubSettings settings) {
        this.http = http;
        this.json = json;
        this.settings = settings;
    }

    /** The issues (pull requests left out) of {@code repository} updated at or after {@code since}. */
    List<GitHubIssue> of(String repository, Instant since) {
        String what = "GitHub repository " + repository + " (issues updated since " + since + ")";
        List<GitHubIssue> issues = new ArrayList<>();
        Optional<URI> page = Optional.of(URI.create(BaseUrl.of(settings.apiUrl()) + "/repos/" + repository
                + "/issues?state=all&since=" + URLEncoder.encode(since.truncatedTo(ChronoUnit.SECONDS).toString(),
                StandardCharsets.UTF_8) + "&per_page=" + settings.pageSize()));
        Set<String> read = new HashSet<>();
        while (page.isPresent()) {
            HttpResponse<String> response = http.get(page.get(), what);
            for (JsonNode issue : IssueJson.list(json, response.body(), what)) {
                if (!IssueJson.isPullRequest(issue)) {
                    issues.add(IssueJson.toIssue(issue, settings.label(), null));
                }
            }
            page = GitHubHttp.nextUnreadPage(response, read, what);
        }
        return issues;
    }
}
