package org.csh.reconciler.github;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads hand-written answers in GitHub's own shape, so the source is not only tested against our stub. */
class GitHubApiSourceFixtureTest {

    private LoopbackGitHub github;
    private GitHubSnapshot snapshot;

    @BeforeEach
    void fetchFixtures() {
        // given
        github = new LoopbackGitHub();
        serve("/repos/acme/support", "support-repository.json");
        serve("/repos/acme/support/issues", "support-issues.json");
        serve("/repos/acme/support/issues/9/sub_issues", "support-issue-9-sub-issues.json");
        github.server.stubFor(post(urlPathEqualTo("/graphql")).willReturn(json(fixture("board-page.json"))));
        github.serveBoardFields();

        // when
        snapshot = GitHubSources.standard(github.settings(100, "acme/support")).fetch();
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void issuesAreReadAsGitHubSentThem() {
        assertThat(snapshot.issues()).containsExactly(
                new GitHubIssue("https://github.com/acme/support/issues/9", "acme/support", 9,
                        "Set up SSO for ExampleU", "", List.of("CSH"), "closed", "completed",
                        Instant.parse("2026-03-16T17:45:02Z"), Instant.parse("2026-03-16T17:45:03Z"), true, 1, null),
                new GitHubIssue("https://github.com/acme/support/issues/11", "acme/support", 11,
                        "SSO again", "Duplicate of #9", List.of("CSH"), "closed", "duplicate",
                        Instant.parse("2026-03-18T10:05:08Z"), Instant.parse("2026-03-18T10:05:09Z"), true, 0, null),
                new GitHubIssue("https://github.com/acme/support/issues/12", "acme/support", 12,
                        "ExampleU: 30 min call about SSO", "Call with the ExampleU admins.\r\n\r\n2 staff.",
                        List.of("CSH", "ExampleU"), "open", null, null, Instant.parse("2026-03-21T08:15:40Z"), true, 0,
                        null),
                new GitHubIssue("https://github.com/acme/support/issues/13", "acme/support", 13,
                        "Test SSO in staging", "Not needed: staging was retired.", List.of(), "closed", "not_planned",
                        Instant.parse("2026-03-05T12:29:59Z"), Instant.parse("2026-03-05T12:30:00Z"), false, 0,
                        "https://github.com/acme/support/issues/9"));
    }

    @Test
    void boardHoursSkipDraftsAndEmptyValues() {
        assertThat(snapshot.boardHours()).isEqualTo(Map.of(
                "https://github.com/acme/support/issues/12", 1.0,
                "https://github.com/acme/support/issues/9", 2.5));
    }

    @Test
    void wholeListIsAskedInAllStatesAndOnePageOfItIsEnough() {
        // one page holds every issue of the repository: no CSH list is needed beside it
        github.server.verify(1, getRequestedFor(urlPathEqualTo("/repos/acme/support/issues"))
                .withQueryParam("labels", absent())
                .withQueryParam("state", equalTo("all"))
                .withQueryParam("per_page", equalTo("100")));
        github.server.verify(0, getRequestedFor(urlPathEqualTo("/repos/acme/support/issues"))
                .withQueryParam("labels", equalTo("CSH")));
    }

    @Test
    void ownRequestsCarryBearerTokenAndApiVersion() {
        github.server.verify(getRequestedFor(urlPathEqualTo("/repos/acme/support/issues/9/sub_issues"))
                .withQueryParam("per_page", equalTo("100"))
                .withHeader("Authorization", equalTo("Bearer " + LoopbackGitHub.TOKEN))
                .withHeader("Accept", equalTo("application/vnd.github+json"))
                .withHeader("X-GitHub-Api-Version", equalTo("2022-11-28")));
        github.server.verify(postRequestedFor(urlPathEqualTo("/graphql"))
                .withHeader("Authorization", equalTo("Bearer " + LoopbackGitHub.TOKEN)));
    }

    private void serve(String path, String fixture) {
        github.server.stubFor(get(urlPathEqualTo(path)).willReturn(json(fixture(fixture))));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static String fixture(String name) {
        try (InputStream in = GitHubApiSourceFixtureTest.class.getResourceAsStream("/github/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
