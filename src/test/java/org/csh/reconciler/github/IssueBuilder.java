package org.csh.reconciler.github;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds test issues showing only the fields a test cares about. */
final class IssueBuilder {

    private final String repository;
    private final int number;
    private String title;
    private String body = "";
    private final List<String> labels = new ArrayList<>();
    private String state = "open";
    private String stateReason;
    private Instant closedAt;
    private Instant updatedAt = Instant.parse("2026-03-01T10:00:00Z");
    private boolean labelled;
    private int subIssuesTotal;
    private String parentUrl;

    private IssueBuilder(String repository, int number) {
        this.repository = repository;
        this.number = number;
        this.title = "Issue " + number + " of " + repository;
    }

    static IssueBuilder issue(String repository, int number) {
        return new IssueBuilder(repository, number);
    }

    static String urlOf(String repository, int number) {
        return "https://github.com/" + repository + "/issues/" + number;
    }

    IssueBuilder csh() {
        labelled = true;
        labels.add(0, "CSH");
        return this;
    }

    IssueBuilder label(String label) {
        labels.add(label);
        return this;
    }

    IssueBuilder title(String title) {
        this.title = title;
        return this;
    }

    IssueBuilder body(String body) {
        this.body = body;
        return this;
    }

    IssueBuilder closed(String reason, String at) {
        state = "closed";
        stateReason = reason;
        closedAt = Instant.parse(at);
        updatedAt = closedAt;
        return this;
    }

    IssueBuilder subIssues(int total) {
        subIssuesTotal = total;
        return this;
    }

    IssueBuilder under(String parentRepository, int parentNumber) {
        parentUrl = urlOf(parentRepository, parentNumber);
        return this;
    }

    GitHubIssue build() {
        return new GitHubIssue(urlOf(repository, number), repository, number, title, body, labels, state, stateReason,
                closedAt, updatedAt, labelled, subIssuesTotal, parentUrl);
    }
}
