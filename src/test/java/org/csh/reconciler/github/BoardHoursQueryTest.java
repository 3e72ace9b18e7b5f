package org.csh.reconciler.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.csh.reconciler.demo.GitHubApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

class BoardHoursQueryTest {

    /** The query of SPEC.md, "Where the data lives", character for character. */
    private static final String SPEC_QUERY =
            "query($owner: String!, $number: Int!, $field: String!, $after: String) {\n" +
            "  organization(login: $owner) { projectV2(number: $number) {\n" +
            "    items(first: 100, after: $after) {\n" +
            "      pageInfo { hasNextPage endCursor }\n" +
            "      nodes { content { ... on Issue { url } }\n" +
            "              hours: fieldValueByName(name: $field) { ... on ProjectV2ItemFieldNumberValue { number } } } } } } }";

    private final ObjectMapper json = new ObjectMapper();
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
    void queryIsTheOneInTheSpec() {
        assertThat(BoardHoursQuery.QUERY).isEqualTo(SPEC_QUERY);
    }

    @Test
    void everyPageIsAskedWithTheSpecQueryAndTheBoardsVariables() throws Exception {
        // given
        GitHubSettings settings = github.settings(100, SUPPORT, INFRA);
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), settings);

        // when
        GitHubSources.standard(settings).fetch();

        // then
        List<JsonNode> bodies = github.server.findAll(postRequestedFor(urlPathEqualTo("/graphql"))).stream()
                .map(request -> read(request.getBodyAsString()))
                .filter(body -> !body.path("query").asText().equals(BoardHoursQuery.FIELDS_QUERY)).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies).allSatisfy(body -> {
            assertThat(body.path("query").asText()).isEqualTo(SPEC_QUERY);
            assertThat(body.path("variables").path("owner").asText()).isEqualTo("acme");
            assertThat(body.path("variables").path("number").isInt()).isTrue();
            assertThat(body.path("variables").path("number").asInt()).isEqualTo(7);
            assertThat(body.path("variables").path("field").asText()).isEqualTo("GitHub Hours");
        });
        assertThat(bodies.get(0).path("variables").path("after").isNull()).isTrue();
        assertThat(bodies.get(1).path("variables").path("after").asText()).isNotBlank();
    }

    @Test
    void draftItemsAndItemsWithoutHoursAreLeftOut() {
        // given
        GitHubSettings settings = github.settings(100, SUPPORT);
        github.server.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"organization\":{\"projectV2\":{\"items\":{"
                        + "\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"Mw\"},\"nodes\":["
                        + "{\"content\":{},\"hours\":{\"number\":3}},"
                        + "{\"content\":{\"url\":\"https://github.com/acme/support/issues/1\"},\"hours\":null},"
                        + "{\"content\":{\"url\":\"https://github.com/acme/support/issues/2\"},\"hours\":{}},"
                        + "{\"content\":{\"url\":\"https://github.com/acme/support/issues/3\"},\"hours\":{\"number\":0.25}}"
                        + "]}}}}}")));

        // when
        Map<String, Double> hours = query(settings).read();

        // then
        assertThat(hours).containsExactly(Map.entry("https://github.com/acme/support/issues/3", 0.25));
    }

    @Test
    void graphQlErrorBecomesAClearAccessError() {
        // given GitHub answers an unknown project with 200 and an error list
        GitHubSettings settings = github.settings(100, SUPPORT);
        github.server.stubFor(post(urlPathEqualTo("/graphql")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":{\"organization\":{\"projectV2\":null}},\"errors\":[{\"type\":\"NOT_FOUND\","
                        + "\"path\":[\"organization\",\"projectV2\"],"
                        + "\"message\":\"Could not resolve to a ProjectV2 with the number 7.\"}]}")));

        // when / then
        assertThatThrownBy(() -> query(settings).read())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("project board acme #7")
                .hasMessageContaining("Could not resolve to a ProjectV2 with the number 7.")
                .hasMessageNotContaining(LoopbackGitHub.TOKEN);
    }

    @Test
    void unknownProjectServedByTheStubIsReportedAsAGraphQlError() {
        // given the stub serves board 7, the settings ask for board 8
        GitHubSettings served = github.settings(100, SUPPORT);
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), served);
        GitHubSettings asked = new GitHubSettings(served.apiUrl(), served.token(), served.label(),
                served.repositories(), "acme", 8, "GitHub Hours", 100);

        // when / then
        assertThatThrownBy(() -> query(asked).read())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("GraphQL error: Could not resolve to a ProjectV2 with the number 8.");
    }

    @Test
    void hoursFieldTheBoardLacksFailsBeforeAnyIssueIsReadNamingTheFieldsThatExist() {
        // given the board has "GitHub Hours", the settings ask for a misspelt "Github Hours"
        GitHubSettings served = github.settings(100, SUPPORT);
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), served);
        GitHubSettings asked = new GitHubSettings(served.apiUrl(), served.token(), served.label(),
                served.repositories(), "acme", 7, "Github Hours", 100);

        // when / then
        assertThatThrownBy(() -> GitHubSources.standard(asked).fetch())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageStartingWith("GitHub project board acme #7 (field 'Github Hours'): the board has no field")
                .hasMessageContaining("'Title' (TITLE)", "'Status' (SINGLE_SELECT)", "'GitHub Hours' (NUMBER)",
                        "csh.github.project.hours-field")
                .hasMessageNotContaining("\n");
        assertThat(github.server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))).as("no issue read").isEmpty();
        assertThat(github.server.findAll(postRequestedFor(urlPathEqualTo("/graphql")))).as("the fields, once")
                .hasSize(1);
    }

    @Test
    void hoursFieldThatHoldsNoNumbersFailsNamingItsType() {
        GitHubSettings served = github.settings(100, SUPPORT);
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), served);
        GitHubSettings asked = new GitHubSettings(served.apiUrl(), served.token(), served.label(),
                served.repositories(), "acme", 7, "Status", 100);

        assertThatThrownBy(() -> query(asked).requireHoursField())
                .isInstanceOf(GitHubAccessException.class)
                .hasMessageContaining("field 'Status'", "of type SINGLE_SELECT, not NUMBER");
    }

    @Test
    void nightlyReadChecksTheHoursFieldToo() {
        GitHubSettings served = github.settings(100, SUPPORT);
        GitHubApiStub.register(github.server, SampleRepositories.snapshot(), served);
        GitHubSettings asked = new GitHubSettings(served.apiUrl(), served.token(), served.label(),
                served.repositories(), "acme", 7, "Hours", 100);

        assertThatThrownBy(() -> GitHubSources.standard(asked).refresh(SampleRepositories.snapshot()))
                .isInstanceOf(GitHubAccessException.class).hasMessageContaining("the board has no field");
    }

    private BoardHoursQuery query(GitHubSettings settings) {
        GitHubHttp http = GitHubSources.http(settings);
        return new BoardHoursQuery(http, json, settings);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
