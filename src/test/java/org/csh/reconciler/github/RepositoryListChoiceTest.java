package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each repository is read whichever way costs fewer requests: its CSH list plus sub_issues calls, or its whole
 * issue list, where sub-issues name their parents. Requests are counted on the stub's side.
 */
class RepositoryListChoiceTest {

    private final LoopbackGitHub github = new LoopbackGitHub();
    private final GitHubSettings settings = github.settings(2, SUPPORT, INFRA);
    private final GitHubSnapshot sample = SampleRepositories.snapshot();

    @AfterEach
    void stop() {
        github.close();
    }

    @Test
    void busyRepositoryIsReadByLabelAndSmallOneWhole() {
        // given acme/support with 40 unrelated issues (24 pages whole) and acme/infra with its 2 issues (1 page)
        GitHubApiStub.register(github.server, sample, settings, Map.of(SUPPORT, 40));
        GitHubApiSource source = GitHubSources.at(settings, SampleRepositories.CLOCK);

        // when
        GitHubSnapshot fetched = source.fetch();

        // then the same issues as the CSH lists and sub_issues calls give, and infra#9 is known from infra's
        // whole list to be the only sub-issue of support#5, so only support#2 is asked for its sub-issues
        assertThat(fetched).isEqualTo(sample);
        assertThat(subIssueRequests()).containsExactly("/repos/acme/support/issues/2/sub_issues?per_page=100");
        // support: first whole page, github-api's repository and 3 CSH pages; infra: 1 whole page; 1 sub_issues; 2 board
        assertThat(source.requestCount()).isEqualTo(1 + 1 + 3 + 1 + 1 + 1 + 2) // and the board's fields
                .isEqualTo(github.server.getAllServeEvents().size());
    }

    @Test
    void subIssueOutsideTheRepositoriesReadWholeIsStillAskedFor() {
        // given acme/infra busy (read by label), acme/support small (read whole): support#5's sub-issue infra#9 is
        // not in any whole list, so support#5 is asked; support#2's sub-issues 5 and 6 are known
        GitHubApiStub.register(github.server, sample, settings, Map.of(INFRA, 40));
        GitHubApiSource source = GitHubSources.at(settings, SampleRepositories.CLOCK);

        // when
        GitHubSnapshot fetched = source.fetch();

        // then
        assertThat(fetched).isEqualTo(sample);
        assertThat(subIssueRequests()).containsExactly("/repos/acme/support/issues/5/sub_issues?per_page=100");
    }

    @Test
    void firstPageFullOfParentsMakesTheWholeListCheaper() throws Exception {
        // given a first page of 2 CSH issues, each with sub-issues, of 10 pages
        JsonNode page = page("[" + issue(true, 2) + "," + issue(true, 3) + "]");

        // when
        RepositoryIssues.Cost cost = RepositoryIssues.Cost.of(page, OptionalInt.of(10), settings);

        // then about 19 issues: 10 CSH pages and 19 sub_issues calls against 9 more whole pages
        assertThat(cost.labelledIsCheaper()).isFalse();
        assertThat(cost.wholePagesLeft()).isEqualTo(9);
    }

    @Test
    void firstPageWithoutCshIssuesMakesTheLabelledListCheaper() throws Exception {
        // given a first page of 2 unrelated issues, of 10 pages
        JsonNode page = page("[" + issue(false, 0) + "," + issue(false, 0) + "]");

        // when
        RepositoryIssues.Cost cost = RepositoryIssues.Cost.of(page, OptionalInt.of(10), settings);

        // then github-api's repository request and one CSH page against 9 whole pages
        assertThat(cost.labelledIsCheaper()).isTrue();
        assertThat(cost.labelled()).isEqualTo(2);
    }

    @Test
    void withoutALastPageTheLabelledListIsRead() throws Exception {
        // given GitHub sent a next link but no last
        JsonNode page = page("[" + issue(true, 2) + "]");

        // when
        RepositoryIssues.Cost cost = RepositoryIssues.Cost.of(page, OptionalInt.empty(), settings);

        // then the way that needs no page count
        assertThat(cost.labelledIsCheaper()).isTrue();
    }

    @Test
    void parentIsReadFromTheApiUrlOfTheParentIssue() throws Exception {
        JsonNode issue = page("{\"parent_issue_url\": \"https://api.github.com/repos/Acme/Support/issues/12\"}");

        assertThat(RepositoryIssues.parentKey(issue)).isEqualTo("acme/support#12");
        assertThat(RepositoryIssues.parentKey(page("{\"parent_issue_url\": null}"))).isNull();
    }

    private List<String> subIssueRequests() {
        return github.server.findAll(getRequestedFor(urlPathMatching(".*/sub_issues"))).stream()
                .map(LoggedRequest::getUrl).toList();
    }

    private static JsonNode page(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static String issue(boolean csh, int subIssues) {
        return "{\"labels\": [" + (csh ? "{\"name\": \"CSH\"}" : "{\"name\": \"bug\"}") + "],"
                + " \"sub_issues_summary\": {\"total\": " + subIssues + "}}";
    }
}
