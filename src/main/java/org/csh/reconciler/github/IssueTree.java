package org.csh.reconciler.github;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSH issues and the sub-issue lists below them, as a nightly run updates them: a changed issue replaces
 * its old record, a parent's list is replaced when read again, and the issues are then gathered from the CSH
 * issues down exactly as a full read gathers them, so that a sub-issue no longer below any CSH issue is gone.
 */
final class IssueTree {

    private final Map<String, GitHubIssue> labelled = new LinkedHashMap<>();
    private final Map<String, List<GitHubIssue>> children = new LinkedHashMap<>();

    /** The tree a snapshot was read as; only issues of the configured repositories are CSH issues to start from. */
    static IssueTree of(GitHubSnapshot snapshot, List<String> repositories) {
        IssueTree tree = new IssueTree();
        Set<String> configured = new HashSet<>();
        repositories.forEach(repository -> configured.add(repository.toLowerCase(java.util.Locale.ROOT)));
        for (GitHubIssue issue : snapshot.issues()) {
            if (issue.labelled() && configured.contains(issue.repository().toLowerCase(java.util.Locale.ROOT))) {
                tree.labelled.put(issue.url(), withParent(issue, null));
            }
            if (issue.parentUrl() != null) {
                tree.children.computeIfAbsent(issue.parentUrl(), p -> new ArrayList<>()).add(issue);
            }
        }
        return tree;
    }

    /** Takes in an issue as it is now ({@code parentUrl} unknown, so null). */
    void changed(GitHubIssue issue) {
        if (issue.labelled()) {
            labelled.put(issue.url(), issue);
        } else {
            labelled.remove(issue.url());
        }
        for (List<GitHubIssue> list : children.values()) {
            list.replaceAll(child -> child.url().equals(issue.url()) ? withParent(issue, child.parentUrl()) : child);
        }
    }

    /** The sub-issues of {@code parentUrl} as just read. */
    void childrenRead(String parentUrl, List<GitHubIssue> read) {
        children.put(parentUrl, new ArrayList<>(read));
    }

    boolean knowsChildrenOf(String url) {
        return children.containsKey(url);
    }

    /** Issues gathered whose sub-issues were never read: new parents, or parents whose list must be read again. */
    List<GitHubIssue> parentsToRead(Collection<String> stale) {
        List<GitHubIssue> parents = new ArrayList<>();
        for (GitHubIssue issue : gather()) {
            if (issue.subIssuesTotal() > 0 && (!children.containsKey(issue.url()) || stale.contains(issue.url()))) {
                parents.add(issue);
            }
        }
        return parents;
    }

    /** The CSH issues, then breadth first every sub-issue below one whose summary says it has some. */
    List<GitHubIssue> gather() {
        Map<String, GitHubIssue> found = new LinkedHashMap<>(labelled);
        Set<String> asked = new HashSet<>();
        Deque<GitHubIssue> parents = new ArrayDeque<>();
        labelled.values().stream().filter(issue -> issue.subIssuesTotal() > 0).forEach(parents::add);
        while (!parents.isEmpty()) {
            GitHubIssue parent = parents.poll();
            if (!asked.add(parent.url())) {
                continue;
            }
            for (GitHubIssue child : children.getOrDefault(parent.url(), List.of())) {
                GitHubIssue known = found.get(child.url());
                if (known == null) {
                    found.put(child.url(), child);
                    if (child.subIssuesTotal() > 0) {
                        parents.add(child);
                    }
                } else if (known.labelled() && known.parentUrl() == null) {
                    // a labelled sub-issue stays one issue: the labelled one, now knowing its parent
                    found.put(child.url(), withParent(known, child.parentUrl()));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** How many CSH issues of {@code repository} the tree holds. */
    long labelledIn(String repository) {
        return labelled.values().stream().filter(issue -> issue.repository().equalsIgnoreCase(repository)).count();
    }

    static GitHubIssue withParent(GitHubIssue issue, String parentUrl) {
        return new GitHubIssue(issue.url(), issue.repository(), issue.number(), issue.title(), issue.body(),
                issue.labels(), issue.state(), issue.stateReason(), issue.closedAt(),
                issue.updatedAt(), issue.labelled(), issue.subIssuesTotal(), parentUrl);
    }
}
