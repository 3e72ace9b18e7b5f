package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csh.reconciler.fetch.BoundedRequests;

/** Walks the sub-issue trees below the CSH issues through the REST sub_issues endpoint. */
final class SubIssues {

    private final GitHubHttp http;
    private final ObjectMapper json;
    private final String apiUrl;
    private final String label;
    private final BoundedRequests requests;

    SubIssues(GitHubHttp http, ObjectMapper json, GitHubSettings settings, BoundedRequests requests) {
        this.requests = requests;
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
        return below(roots, KnownSubIssues.NONE);
    }

    /** As {@link #below(Collection)}, asking GitHub only for the parents whose sub-issues are not all {@code known}. */
    List<GitHubIssue> below(Collection<GitHubIssue> roots, KnownSubIssues known) {
        Map<String, GitHubIssue> found = new LinkedHashMap<>();
        Set<String> asked = new HashSet<>();
        List<GitHubIssue> level = roots.stream().filter(root -> root.subIssuesTotal() > 0).toList();
        // level by level, each level's parents asked at once; answers are taken in the parents' order, so the
        // result is the same breadth-first order as asking one at a time
        while (!level.isEmpty()) {
            List<GitHubIssue> parents = level.stream().filter(parent -> asked.add(parent.url())).toList();
            List<GitHubIssue> next = new ArrayList<>();
            List<GitHubIssue> unknown = parents.stream().filter(parent -> known.of(parent).isEmpty()).toList();
            Map<String, List<GitHubIssue>> answered = new HashMap<>();
            List<List<GitHubIssue>> answers = requests.map(unknown, this::childrenOf);
            for (int i = 0; i < unknown.size(); i++) {
                answered.put(unknown.get(i).url(), answers.get(i));
            }
            for (GitHubIssue parent : parents) {
                List<GitHubIssue> children = known.of(parent).orElseGet(() -> answered.get(parent.url()));
                for (GitHubIssue child : children) {
                    if (found.putIfAbsent(child.url(), child) == null && child.subIssuesTotal() > 0) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return new ArrayList<>(found.values());
    }

    List<GitHubIssue> childrenOf(GitHubIssue parent) {
        String what = "GitHub sub-issues of " + parent.repository() + "#" + parent.number();
        List<GitHubIssue> children = new ArrayList<>();
        Optional<URI> page = Optional.of(URI.create(apiUrl + "/repos/" + parent.repository() + "/issues/"
                + parent.number() + "/sub_issues?per_page=100"));
        Set<String> read = new HashSet<>();
        while (page.isPresent()) {
            HttpResponse<String> response = http.get(page.get(), what);
            for (JsonNode child : IssueJson.list(json, response.body(), what)) {
                children.add(IssueJson.toIssue(child, label, parent.url()));
            }
            page = GitHubHttp.nextUnreadPage(response, read, what);
        }
        return children;
    }
}
