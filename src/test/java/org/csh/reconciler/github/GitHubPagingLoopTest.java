package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

import java.time.Instant;

import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GitHub paging that loops (a {@code rel="next"} back to a page already read, a GraphQL cursor that repeats) ends
 * the read with one line naming the request, within one page of the repeat, instead of reading for ever.
 */
class GitHubPagingLoopTest {

    private LoopbackGitHub github;
    private GitHubSettings settings;

    @BeforeEach
    void serveSampleOrganisation() {
        github = new LoopbackGitHub(GitHubApiStub.extensions());
        settings = github.settings(2, SUPPORT, INFRA);
        // busy repositories, so that each is read by its CSH list and sub_issues calls, where these loops can occur
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), settings, 40);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void labelledListWhoseNextLinkPointsBackToPageOneEnds() {
        // page 2 of 3 links back to page 1, as a misbehaving proxy or cache might
        linkBack("/repos/acme/support/issues", "2", "labels=CSH&state=all&per_page=2&page=1");

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class,
                () -> GitHubSources.standard(settings).fetch());

        assertOneLineInvalidData(error, "GitHub repository acme/support", "/repos/acme/support/issues");
        // after the one whole-list page that chose the CSH list
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo("/repos/acme/support/issues"))
                .withQueryParam("labels", com.github.tomakehurst.wiremock.client.WireMock.equalTo("CSH"))))
                .as("pages 1 and 2, and not page 1 again").hasSize(2);
    }

    @Test
    void subIssueListWhoseNextLinkPointsBackEnds() {
        String path = "/repos/acme/support/issues/2/sub_issues";
        github.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).willReturn(okList()
                .withHeader("Link", "<" + github.server.baseUrl() + path + "?per_page=100&page=2>; rel=\"next\"")));
        linkBack(path, "2", "per_page=100&page=1");

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class,
                () -> GitHubSources.standard(settings).fetch());

        assertOneLineInvalidData(error, "GitHub sub-issues of acme/support#2", path);
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo(path)))).hasSize(2);
    }

    @Test
    void nightlySinceListWhoseNextLinkPointsBackEnds() {
        GitHubSnapshot previous = new GitHubSnapshot(SampleRepositories.snapshot().issues(),
                SampleRepositories.snapshot().boardHours(), Instant.parse("2026-01-01T00:00:00Z"));
        String path = "/repos/acme/support/issues";
        github.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("since", containing("2025")).atPriority(1)
                .willReturn(okList().withHeader("Link", "<" + github.server.baseUrl() + path
                        + "?state=all&since=2025-12-31T23%3A55%3A00Z&per_page=2&page=1>; rel=\"next\"")));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class,
                () -> GitHubSources.at(settings, SampleRepositories.CLOCK).refresh(previous));

        assertOneLineInvalidData(error, "GitHub repository acme/support (issues updated since", path);
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo(path)).withQueryParam("since",
                containing("2025")))).hasSize(1);
    }

    @Test
    void boardQueryWhoseCursorRepeatsEnds() {
        github.server.stubFor(post(urlPathEqualTo("/graphql")).withRequestBody(containing("items(first"))
                .atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"organization\":{\"projectV2\":{\"items\":{\"pageInfo\":"
                                + "{\"hasNextPage\":true,\"endCursor\":\"Y3Vyc29yOjEwMA==\"},\"nodes\":[]}}}}}")));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class,
                () -> GitHubSources.standard(settings).fetch());

        assertOneLineInvalidData(error, "GitHub project board acme #7", "endCursor 'Y3Vyc29yOjEwMA==' again");
        assertThat(github.server.findAll(postRequestedFor(urlPathEqualTo("/graphql"))
                .withRequestBody(containing("items(first")))).as("the first page and the repeat").hasSize(2);
    }

    private void linkBack(String path, String page, String backQuery) {
        github.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(page)).atPriority(1)
                .willReturn(okList().withHeader("Link",
                        "<" + github.server.baseUrl() + path + "?" + backQuery + ">; rel=\"next\"")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okList() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]");
    }

    private static void assertOneLineInvalidData(GitHubAccessException error, String what, String detail) {
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).startsWith(what).contains("invalid data from GitHub", detail)
                .doesNotContain("\n").doesNotContain(LoopbackGitHub.TOKEN);
        assertThat(error.isTransient()).as("a loop is not cured by waiting").isFalse();
    }
}
