package org.csh.reconciler.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads GitHub's raw issue JSON, where github-api falls short (state_reason, sub_issues_summary). */
final class IssueJson {

    private static final String REPOS = "/repos/";

    private IssueJson() {
    }

    /** A page of a REST list of issues (issue lists, sub-issues), or a clear error naming {@code what} was read. */
    static JsonNode list(ObjectMapper json, String body, String what) {
        JsonNode list;
        try {
            list = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw GitHubAccessException.invalidData(what, "the answer is not complete JSON (truncated or malformed)");
        }
        if (list == null || !list.isArray()) {
            throw GitHubAccessException.invalidData(what, "expected a list of issues");
        }
        return list;
    }

    static GitHubIssue toIssue(JsonNode issue, String label, String parentUrl) {
        List<String> labels = new ArrayList<>();
        for (JsonNode each : issue.path("labels")) {
            labels.add(each.path("name").asText());
        }
        return new GitHubIssue(
                text(issue, "html_url"),
                repository(issue),
                issue.path("number").asInt(),
                text(issue, "title"),
                text(issue, "body"),
                labels,
                text(issue, "state"),
                stateReason(issue),
                instant(issue, "closed_at"),
                instant(issue, "updated_at"),
                carries(labels, label),
                subIssuesTotal(issue),
                parentUrl);
    }

    static String htmlUrl(JsonNode issue) {
        return text(issue, "html_url");
    }

    /** GitHub's raw reason, e.g. {@code duplicate}, which github-api would read as UNKNOWN. */
    static String stateReason(JsonNode issue) {
        return text(issue, "state_reason");
    }

    static int subIssuesTotal(JsonNode issue) {
        return issue.path("sub_issues_summary").path("total").asInt(0);
    }

    static boolean isPullRequest(JsonNode issue) {
        return issue.hasNonNull("pull_request");
    }

    /** {@code owner/name} from {@code repository_url} ({@code https://api.github.com/repos/owner/name}). */
    static String repository(JsonNode issue) {
        String url = text(issue, "repository_url");
        if (url == null) {
            return null;
        }
        int at = url.lastIndexOf(REPOS);
        return at < 0 ? url : url.substring(at + REPOS.length());
    }

    /** {@code owner/name} from a REST path such as {@code /repos/owner/name/issues}. */
    static String repositoryOfPath(String path) {
        int at = path.indexOf(REPOS);
        if (at < 0) {
            return path;
        }
        String[] parts = path.substring(at + REPOS.length()).split("/");
        return parts.length >= 2 ? parts[0] + "/" + parts[1] : path;
    }

    static boolean carries(List<String> labels, String label) {
        return labels.stream().anyMatch(name -> name.equalsIgnoreCase(label));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException unparsable) {
            // kept as "no date": the issue stays, and the rules report a closed issue without closed_at
            return null;
        }
    }
}
