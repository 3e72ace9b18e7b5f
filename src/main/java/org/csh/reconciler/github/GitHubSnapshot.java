package org.csh.reconciler.github;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything read from GitHub in one run.
 *
 * @param issues     CSH-labelled issues of the configured repositories and all their sub-issues,
 *                   each once (by url)
 * @param boardHours the board's GitHub Hours per issue html_url; issues with no value are absent
 */
public record GitHubSnapshot(List<GitHubIssue> issues, Map<String, Double> boardHours, Instant fetchedAt) {

    public GitHubSnapshot {
        issues = List.copyOf(issues);
        boardHours = Map.copyOf(boardHours);
    }
}
