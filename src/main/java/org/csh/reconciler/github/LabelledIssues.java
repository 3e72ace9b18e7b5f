package org.csh.reconciler.github;

import org.kohsuke.github.GHException;
import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueState;
import org.kohsuke.github.GHLabel;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a repository's CSH-labelled issues, all states and pages, through github-api. */
final class LabelledIssues {

    private final GitHub gitHub;
    private final RawIssueFieldsConnector raw;
    private final GitHubSettings settings;

    LabelledIssues(GitHub gitHub, RawIssueFieldsConnector raw, GitHubSettings settings) {
        this.gitHub = gitHub;
        this.raw = raw;
        this.settings = settings;
    }

    List<GitHubIssue> of(String repository) {
        String what = "GitHub repository " + repository;
        try {
            GHRepository repo = gitHub.getRepository(repository);
            List<GitHubIssue> issues = new ArrayList<>();
            for (GHIssue issue : repo.queryIssues()
                    .label(settings.label())
                    .state(GHIssueState.ALL)
                    .pageSize(settings.pageSize())
                    .list()) {
                if (!issue.isPullRequest()) {
                    issues.add(toIssue(repo, issue));
                }
            }
            return issues;
        } catch (IOException e) {
            throw failure(what, e);
        } catch (GHException e) {
            // the paging iterator wraps the IOException of a later page
            throw failure(what, e);
        }
    }

    private GitHubIssue toIssue(GHRepository repo, GHIssue issue) throws IOException {
        String url = issue.getHtmlUrl().toString();
        Optional<RawIssueFieldsConnector.RawIssueFields> extra = raw.fieldsOf(url);
        List<String> labels = issue.getLabels().stream().map(GHLabel::getName).toList();
        return new GitHubIssue(
                url,
                repo.getFullName(),
                issue.getNumber(),
                issue.getTitle(),
                issue.getBody(),
                labels,
                issue.getState().name().toLowerCase(Locale.ROOT),
                extra.map(RawIssueFieldsConnector.RawIssueFields::stateReason).orElse(null),
                instant(issue::getClosedAt),
                instant(issue::getUpdatedAt),
                true,
                extra.map(RawIssueFieldsConnector.RawIssueFields::subIssuesTotal).orElse(0),
                null);
    }

    private GitHubAccessException failure(String what, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RawIssueFieldsConnector.PagingLoop loop) {
                return loop.failure();
            }
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                // GitHub answered, but with a list cut short or broken: not "no answer"
                return GitHubAccessException.invalidData(what, "an issue list page is not complete JSON (truncated"
                        + " or malformed)" + raw.lastPath().map(path -> " (GET " + path + ")").orElse(""));
            }
        }
        return raw.lastFailure()
                .map(failure -> GitHubAccessException.forStatus(what, failure.method(), failure.path(),
                        failure.status(), e))
                .orElseGet(() -> new GitHubAccessException(what + ": " + raw.lastGiveUp()
                        .orElse("no answer from GitHub (" + e.getClass().getSimpleName() + ")"), 0, e));
    }

    /** A date getter of github-api. */
    @FunctionalInterface
    private interface DateField {
        Date get() throws IOException;
    }

    /** A date github-api cannot parse is left empty, so the issue is kept and the rules flag it. */
    private static Instant instant(DateField date) throws IOException {
        try {
            Date value = date.get();
            return value == null ? null : value.toInstant();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
