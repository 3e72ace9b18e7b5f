package org.csh.reconciler.github;

import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

class GitHubAccessErrorsTest {

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
    void badCredentialsNameTheRepositoryAndStatusButNotTheToken() {
        // given
        github.server.stubFor(any(urlPathMatching("/.*")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\","
                        + "\"status\":\"401\"}")));

        // when / then the first request, the board's fields, already names what to check
        assertThatThrownBy(() -> GitHubSources.standard(github.settings(100, SUPPORT)).fetch())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("GitHub project board acme #7")
                .hasMessageContaining("HTTP 401 unauthorized: check csh.github.token")
                .hasMessageNotContaining(LoopbackGitHub.TOKEN)
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownRepositoryNamesTheRepositoryAndStatusButNotTheToken() {
        // given only acme/support exists
        GitHubSettings settings = github.settings(100, SUPPORT, "acme/nope");
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), github.settings(100, SUPPORT));

        // when / then
        assertThatThrownBy(() -> GitHubSources.standard(settings).fetch())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("GitHub repository acme/nope")
                .hasMessageContaining("HTTP 404")
                .hasMessageNotContaining(LoopbackGitHub.TOKEN)
                .hasMessageNotContaining("\n");
    }

    @Test
    void forbiddenSubIssuesNameTheIssueAndStatus() {
        // given
        GitHubSettings settings = github.settings(100, SUPPORT, INFRA);
        // busy repositories, so that sub-issues are asked for rather than read from the whole issue lists
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), settings, 1000);
        github.server.stubFor(get(urlPathEqualTo("/repos/acme/support/issues/2/sub_issues")).atPriority(0)
                .willReturn(aResponse().withStatus(403).withBody("{\"message\":\"Resource not accessible\"}")));

        // when / then
        assertThatThrownBy(() -> GitHubSources.standard(settings).fetch())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("sub-issues of acme/support#2")
                .hasMessageContaining("HTTP 403")
                .hasMessageNotContaining(LoopbackGitHub.TOKEN);
    }
}
