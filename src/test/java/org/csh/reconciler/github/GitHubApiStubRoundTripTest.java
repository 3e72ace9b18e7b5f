package org.csh.reconciler.github;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

class GitHubApiStubRoundTripTest {

    private LoopbackGitHub github;
    private GitHubSettings settings;
    private GitHubSnapshot sample;

    @BeforeEach
    void serveSampleOrganisation() {
        github = new LoopbackGitHub();
        settings = github.settings(2, SUPPORT, INFRA);
        sample = SampleRepositories.snapshot();
        GitHubApiStub.register(github.server, sample, settings);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private GitHubApiSource source() {
        return GitHubSources.at(settings, SampleRepositories.CLOCK);
    }

    @Test
    void fetchReadsBackTheServedSnapshot() {
        // when
        GitHubSnapshot fetched = source().fetch();

        // then
        assertThat(fetched.issues()).containsExactlyElementsOf(sample.issues());
        assertThat(fetched).isEqualTo(sample);
    }

    @Test
    void duplicateClosureKeepsGitHubsRawReason() {
        // when
        GitHubSnapshot fetched = source().fetch();

        // then
        assertThat(fetched.issues()).filteredOn(issue -> issue.number() == 4 && issue.repository().equals(SUPPORT))
                .extracting(GitHubIssue::stateReason).containsExactly("duplicate");
    }

    @Test
    void pullRequestInTheIssueListIsSkipped() {
        // when
        GitHubSnapshot fetched = source().fetch();

        // then the stub serves a pull request on acme/support's first page
        assertThat(fetched.issues()).noneMatch(issue -> issue.url().contains("/pull/"));
        assertThat(fetched.issues()).extracting(GitHubIssue::url).doesNotHaveDuplicates();
    }

    @Test
    void labelledSubIssueAppearsOnceKnowingItsParent() {
        // when
        GitHubSnapshot fetched = source().fetch();

        // then
        assertThat(fetched.issues()).filteredOn(issue -> issue.url().equals(IssueBuilder.urlOf(SUPPORT, 6)))
                .singleElement()
                .satisfies(issue -> {
                    assertThat(issue.labelled()).isTrue();
                    assertThat(issue.parentUrl()).isEqualTo(IssueBuilder.urlOf(SUPPORT, 2));
                });
    }

    @Test
    void subIssuesAreAskedForOnlyWhereTheSummaryHasSome() {
        // given busy repositories, where the CSH list and sub_issues calls cost less than the whole issue lists
        servedWithOtherIssues(BUSY);

        // when
        source().fetch();

        // then
        List<String> asked = github.server.findAll(getRequestedFor(urlPathMatching(".*/sub_issues"))).stream()
                .map(LoggedRequest::getUrl).toList();
        assertThat(asked).containsExactlyInAnyOrder(
                "/repos/acme/support/issues/2/sub_issues?per_page=100",
                "/repos/acme/support/issues/5/sub_issues?per_page=100");
    }

    @Test
    void labelledListIsReadPageByPageInABusyRepository() {
        // given
        servedWithOtherIssues(BUSY);

        // when
        source().fetch();

        // then the first page of the whole list, then 5 labelled issues and a pull request, 2 a page
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo("/repos/acme/support/issues"))
                .withQueryParam("labels", equalTo("CSH")))).hasSize(3);
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo("/repos/acme/support/issues"))
                .withQueryParam("labels", absent()))).hasSize(1);
        assertThat(github.server.findAll(postRequestedFor(urlPathEqualTo("/graphql")))).hasSize(1 + 2); // fields, board
    }

    @Test
    void smallRepositoriesAreReadWholeWithoutSubIssueCalls() {
        // when
        GitHubSnapshot fetched = source().fetch();

        // then acme/support's 6 issues and a pull request in 4 pages of 2, acme/infra's 2 in one: every sub-issue
        // names its parent there
        assertThat(fetched).isEqualTo(sample);
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo("/repos/acme/support/issues")))).hasSize(4);
        assertThat(github.server.findAll(getRequestedFor(urlPathEqualTo("/repos/acme/infra/issues")))).hasSize(1);
        assertThat(github.server.findAll(getRequestedFor(urlPathMatching(".*/sub_issues")))).isEmpty();
    }

    @Test
    void requestCountIncludesTheLibrarysAndOwnRequests() {
        // given
        servedWithOtherIssues(BUSY);
        GitHubApiSource source = source();

        // when
        source.fetch();

        // then
        assertThat(source.requestCount()).isEqualTo(github.server.getAllServeEvents().size());
        // per repository the first page of its whole list, then github-api's repository and list pages; sub-issues; board
        assertThat(source.requestCount()).isEqualTo(2 + 2 + 3 + 1 + 2 + 2 + 1); // and the board's fields
    }

    /** Issues in each repository that are neither CSH issues nor sub-issues: the whole lists grow long. */
    private static final int BUSY = 40;

    private void servedWithOtherIssues(int otherIssues) {
        github.server.resetAll();
        GitHubApiStub.register(github.server, sample, settings, otherIssues);
    }
}
