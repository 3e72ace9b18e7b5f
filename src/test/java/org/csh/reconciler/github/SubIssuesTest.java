package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.csh.reconciler.fetch.BoundedRequests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.csh.reconciler.github.IssueBuilder.issue;
import static org.csh.reconciler.github.IssueBuilder.urlOf;

class SubIssuesTest {

    private static final String REPO = "acme/support";

    private LoopbackGitHub github;

    @BeforeEach
    void start() {
        github = new LoopbackGitHub();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void walkEndsWhenSubIssuesFormACycle() {
        // given #1 -> #2 -> #3 -> #2 (GitHub forbids it; the walk must still end)
        serveChild(1, 2);
        serveChild(2, 3);
        serveChild(3, 2);

        // when
        List<GitHubIssue> found = subIssues().below(List.of(issue(REPO, 1).csh().subIssues(1).build()));

        // then
        assertThat(found).extracting(GitHubIssue::number, GitHubIssue::parentUrl)
                .containsExactly(tuple(2, urlOf(REPO, 1)),
                        tuple(3, urlOf(REPO, 2)));
        assertThat(github.server.findAll(getRequestedFor(urlPathMatching(".*/sub_issues")))).hasSize(3);
    }

    @Test
    void subIssuesAreReadFromEveryPage() {
        // given
        String path = "/repos/acme/support/issues/1/sub_issues";
        github.server.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Link", "<" + github.server.baseUrl() + path + "?per_page=100&page=2>; rel=\"next\", <"
                        + github.server.baseUrl() + path + "?per_page=100&page=2>; rel=\"last\"")
                .withBody("[" + childJson(2, 0) + "]")));
        github.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("2")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[" + childJson(3, 0) + "]")));

        // when
        List<GitHubIssue> found = subIssues().below(List.of(issue(REPO, 1).csh().subIssues(2).build()));

        // then
        assertThat(found).extracting(GitHubIssue::number).containsExactly(2, 3);
    }

    private SubIssues subIssues() {
        GitHubSettings settings = github.settings(100, REPO);
        return new SubIssues(GitHubSources.http(settings), new ObjectMapper(), settings,
                new BoundedRequests("github", 1));
    }

    private void serveChild(int parent, int child) {
        github.server.stubFor(get(urlPathEqualTo("/repos/acme/support/issues/" + parent + "/sub_issues"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("[" + childJson(child, 1) + "]")));
    }

    private static String childJson(int child, int subIssuesTotal) {
        return "{\"html_url\":\"" + urlOf(REPO, child) + "\","
                + "\"repository_url\":\"https://api.github.com/repos/acme/support\",\"number\":" + child
                + ",\"title\":\"Child\",\"labels\":[],\"state\":\"open\",\"state_reason\":null,"
                + "\"closed_at\":null,\"updated_at\":\"2026-03-01T10:00:00Z\","
                + "\"sub_issues_summary\":{\"total\":" + subIssuesTotal + ",\"completed\":0,\"percent_completed\":0}}";
    }
}
