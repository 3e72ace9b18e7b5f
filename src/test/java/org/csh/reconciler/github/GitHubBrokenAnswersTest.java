package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A list GitHub cut short is called what it is and names the request, never "no answer". */
class GitHubBrokenAnswersTest {

    private LoopbackGitHub github;
    private GitHubSettings settings;

    @BeforeEach
    void serveSampleOrganisation() {
        github = new LoopbackGitHub();
        settings = github.settings(2, SUPPORT);
        // a busy repository, read by its CSH list and sub_issues calls, so that both lists are asked for
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), settings, 40);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/repos/acme/support/issues", "/repos/acme/support/issues/2/sub_issues"})
    void truncatedListIsInvalidDataNamingTheRequest(String path) {
        github.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"number\":1,\"html_url\":\"https://github.com/acme/support/issues/1\",\"title\":\"Onb")));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class,
                () -> GitHubSources.standard(settings).fetch());

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).startsWith("GitHub ").contains("acme/support", "not complete JSON",
                "truncated or malformed").doesNotContain("no answer").doesNotContain("\n");
        assertThat(error.isTransient()).isFalse();
    }
}
