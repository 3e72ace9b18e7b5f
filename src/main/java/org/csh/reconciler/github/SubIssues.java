package org.csh.reconciler.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Walks the sub-issue trees below the CSH issues through the REST sub_issues endpoint. */
final class SubIssues {

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final String apiUrl;
    private final String label;

    SubIssues(GitHubHttp http, ObjectMapper json, GitHubSettings settings) {
        this.http = http;
        this.json = json;
        this.apiUrl = BaseUrl.of(settings.apiUrl());
        this.label = settings.label();
    }

    /**
     * Every sub-issue below {@code roots}, at any depth, each once, with {@code parentUrl} set.
     * Only issues whose summary says they have sub-issues are asked, and each at most once, so a cycle ends.
     */
    List<GitHubIssue> below(Collection<GitHubIssue> roots) {
        Map<String, GitHubIssue> found = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        Deque<GitHubIssue> parents = new ArrayDeque<>();
        roots.stream().filter(root -> root.subIssuesTotal() > 0).forEach(parents::add);
        while (!parents.isEmpty()) {
            GitHubIssue parent = parents.poll();
            if (!asked.add(parent.url())) {
                continue;
            }
            for (GitHubIssue child : childrenOf(parent)) {
                if (found.putIfAbsent(child.url(), child) == null && child.subIssuesTotal() > 0) {
                    parents.add(child);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private List<GitHubIssue> childrenOf(GitHubIssue parent) {
        String what = "GitHub sub-issues of " + parent.repository() + "#" + parent.number();
        List<GitHubIssue> children = new ArrayList<>();
        Optional<URI> page = Optional.of(URI.create(apiUrl + "/repos/" + parent.repository() + "/issues/"
                + parent.number() + "/sub_issues?per_page=100"));
        while (page.isPresent()) {
            HttpResponse<String> response = http.get(page.get(), what);
            for (JsonNode child : parse(response.body(), what)) {
                children.add(IssueJson.toIssue(child, label, parent.url()));
            }
            page = GitHubHttp.nextPage(response);
        }
        return children;
    }

    private JsonNode parse(String body, String what) {
        JsonNode list;
        try {
            list = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new GitHubAccessException(what + ": the answer is not JSON", 0, e);
        }
        if (list == null || !list.isArray()) {
            throw new GitHubAccessException(what + ": expected a list of issues", 0);
        }
        return list;
    }
}
