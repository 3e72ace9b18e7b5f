package org.csh.reconciler.github;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sub-issues of each parent as the repositories read whole name them ({@code parent_issue_url}). A parent is
 * known when all its sub-issues were seen ({@code sub_issues_summary.total} of them); one with a sub-issue in a
 * repository not read whole is not, and is asked through {@code sub_issues} as before.
 */
final class KnownSubIssues {

    static final KnownSubIssues NONE = new KnownSubIssues(Map.of());

    private final Map<String, List<GitHubIssue>> byParent;

    private KnownSubIssues(Map<String, List<GitHubIssue>> byParent) {
        this.byParent = byParent;
    }

    static KnownSubIssues of(List<RepositoryIssues.Read> reads) {
        Map<String, List<GitHubIssue>> byParent = new HashMap<>();
        for (RepositoryIssues.Read read : reads) {
            read.whole().ifPresent(listed -> listed.stream()
                    .filter(each -> each.parentKey() != null)
                    .forEach(each -> byParent.computeIfAbsent(each.parentKey(), key -> new ArrayList<>())
                            .add(each.issue())));
        }
        return new KnownSubIssues(byParent);
    }

    /** The sub-issues of {@code parent}, with it as their parent, when every one of them is known. */
    Optional<List<GitHubIssue>> of(GitHubIssue parent) {
        List<GitHubIssue> children = byParent.getOrDefault(RepositoryIssues.key(parent), List.of());
        if (children.size() < parent.subIssuesTotal()) {
            return Optional.empty();
        }
        return Optional.of(children.stream().map(child -> IssueTree.withParent(child, parent.url())).toList());
    }
}
