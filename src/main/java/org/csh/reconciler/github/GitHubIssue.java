package org.csh.reconciler.github;

import java.time.Instant;
import java.util.List;

/**
 * A GitHub issue as the reconciler needs it: a CSH-labelled issue, or a sub-issue of one.
 *
 * <p>Values are kept as GitHub sent them; judging them is the reconcile rules' job.
 *
 * @param url            the issue's html_url, e.g. {@code https://github.com/acme/support/issues/12}
 * @param repository     {@code owner/name}
 * @param state          {@code open} or {@code closed}
 * @param stateReason    GitHub's raw {@code state_reason} ({@code completed}, {@code not_planned},
 *                       {@code duplicate}, {@code reopened}) or null
 * @param closedAt       null while open
 * @param labelled       true when the issue carries the configured CSH label
 * @param subIssuesTotal {@code sub_issues_summary.total}, 0 when absent
 * @param parentUrl      html_url of the parent issue when this is a sub-issue, else null
 */
public record GitHubIssue(
        String url,
        String repository,
        int number,
        String title,
        String body,
        List<String> labels,
        String state,
        String stateReason,
        Instant closedAt,
        Instant updatedAt,
        boolean labelled,
        int subIssuesTotal,
        String parentUrl) {

    public GitHubIssue {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean isClosed() {
        return "closed".equalsIgnoreCase(state);
    }

    public boolean isSubIssue() {
        return parentUrl != null;
    }
}
