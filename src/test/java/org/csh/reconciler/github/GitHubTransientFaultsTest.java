package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.csh.reconciler.demo.GitHubApiStub;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Injects each transient fault, twice, into each kind of GitHub request (github-api's issue list, our REST
 * sub-issues call, our GraphQL board query) and checks the snapshot equals a clean run's.
 */
class GitHubTransientFaultsTest {

    private static final HttpSettings HTTP =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5, Duration.ofMinutes(15));
    /** Short, so that the slow-response fault costs a fraction of a second once the server is warm. */
    private static final HttpSettings IMPATIENT =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(400), 5, Duration.ofMinutes(15));

    /** Issues in each repository that are neither CSH issues nor sub-issues. */
    private static final int BUSY = 40;

    private LoopbackGitHub github;
    private GitHubSettings settings;
    private GitHubSnapshot clean;
    private RecordingSleeper sleeper;

    @BeforeEach
    void serveSampleOrganisation() {
        github = new LoopbackGitHub();
        settings = github.settings(2, SUPPORT, INFRA);
        clean = SampleRepositories.snapshot();
        // busy repositories: the CSH lists (github-api) and sub_issues calls are read, each a path to fault
        GitHubApiStub.register(github.server, clean, settings, BUSY);
        sleeper = new RecordingSleeper(SampleRepositories.FETCHED_AT);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    static Stream<Arguments> faults() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 120;
        Stream<Fault> faults = Stream.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE);
        Stream<Arguments> answers = Stream.of(
                Arguments.of("429 with Retry-After", (Supplier<ResponseDefinitionBuilder>) () -> aResponse()
                        .withStatus(429).withHeader("Retry-After", "7")),
                Arguments.of("403 rate limit exhausted", (Supplier<ResponseDefinitionBuilder>) () -> aResponse()
                        .withStatus(403).withHeader("x-ratelimit-remaining", "0")
                        .withHeader("x-ratelimit-reset", String.valueOf(reset))
                        .withBody("{\"message\":\"API rate limit exceeded\"}")),
                Arguments.of("403 secondary rate limit", (Supplier<ResponseDefinitionBuilder>) () -> aResponse()
                        .withStatus(403).withBody("{\"message\":\"You have exceeded a secondary rate limit.\"}")),
                Arguments.of("429 secondary rate limit with retry-after",
                        (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withStatus(429)
                                .withHeader("retry-after", "3").withBody("{\"message\":\"secondary rate limit\"}")),
                Arguments.of("500", status(500)), Arguments.of("502", status(502)),
                Arguments.of("503", status(503)), Arguments.of("504", status(504)));
        return Stream.concat(answers, faults.map(fault -> Arguments.of(fault.name(),
                (Supplier<ResponseDefinitionBuilder>) () -> aResponse().withFault(fault))));
    }

    /** GitHub's GraphQL rate limit: a 200 whose errors say RATE_LIMITED, the primary limit's headers at 0. */
    static ResponseDefinitionBuilder graphQlRateLimited(long resetEpochSecond) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", String.valueOf(resetEpochSecond))
                .withBody("{\"errors\":[{\"type\":\"RATE_LIMITED\",\"code\":\"graphql_rate_limit\","
                        + "\"message\":\"API rate limit exceeded for user ID 1.\"}]}");
    }

    @Test
    void graphQlRateLimitInA200WaitsForTheReset() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 120;
        failTwice("/graphql", () -> graphQlRateLimited(reset));

        assertThat(source().fetch()).isEqualTo(clean);
        assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(121));
    }

    @Test
    void graphQlRateLimitResettingAfterTheCapFailsAsTransientWithoutProjectAdvice() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 3600;
        github.server.stubFor(any(urlPathEqualTo("/graphql")).atPriority(1).willReturn(graphQlRateLimited(reset)));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class, () -> source().fetch());

        assertThat(error.isTransient()).isTrue();
        assertThat(error.getMessage()).contains("RATE_LIMITED", "csh.http.max-wait")
                .doesNotContain("csh.github.project.owner");
    }

    private static Supplier<ResponseDefinitionBuilder> status(int status) {
        return () -> aResponse().withStatus(status).withBody("{\"message\":\"Server Error\"}");
    }

    // a reset connection may cost two requests per failure: the JDK client itself retries an idempotent GET once
    @ParameterizedTest(name = "{0} on the issue list (github-api)")
    @MethodSource("faults")
    void issueListRecoversFromTwoFaults(String fault, Supplier<ResponseDefinitionBuilder> answer) {
        failTwice("/repos/acme/support/issues", answer);

        assertThat(source().fetch()).isEqualTo(clean);
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    // sub-issues go through the same GitHubHttp.send as the board query: one fault is enough here
    @Test
    void subIssuesRecoverFromTwoFaults() {
        failTwice("/repos/acme/support/issues/2/sub_issues", () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(source().fetch()).isEqualTo(clean);
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    @ParameterizedTest(name = "{0} on the board (GraphQL)")
    @MethodSource("faults")
    void boardQueryRecoversFromTwoFaults(String fault, Supplier<ResponseDefinitionBuilder> answer) {
        failTwice("/graphql", answer);

        assertThat(source().fetch()).isEqualTo(clean);
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    @Test
    void responsesSlowerThanTheReadTimeoutAreRetried() {
        // given a warm server, then one slow answer on each kind of request
        source().fetch();
        for (String path : new String[] {"/repos/acme/support/issues", "/repos/acme/support/issues/2/sub_issues",
                "/graphql"}) {
            github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario("slow " + path)
                    .whenScenarioStateIs(STARTED).willSetStateTo("answered slowly")
                    .willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(1500)));
        }
        RecordingSleeper impatient = new RecordingSleeper(SampleRepositories.FETCHED_AT);

        // when
        GitHubSnapshot fetched = new GitHubApiSource(settings, IMPATIENT,
                impatient.policy(5, IMPATIENT.maxWait()), SampleRepositories.CLOCK).fetch();

        // then
        assertThat(fetched).isEqualTo(clean);
        assertThat(impatient.waits()).as("each slow answer retried once; a busy machine may add a retry")
                .hasSizeBetween(3, 5);
    }

    @Test
    void retryAfterIsHonoured() {
        failTwice("/graphql", () -> aResponse().withStatus(429).withHeader("Retry-After", "7"));

        source().fetch();

        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void exhaustedRateLimitWaitsUntilItsReset() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 120;
        failTwice("/repos/acme/support/issues", () -> aResponse().withStatus(403)
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", String.valueOf(reset)));

        source().fetch();

        // the first wait reaches the reset; the second finds it passed and backs off briefly
        assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(121));
    }

    @Test
    void secondaryRateLimitWaitsAtLeastAMinute() {
        failTwice("/repos/acme/support/issues/2/sub_issues", () -> aResponse().withStatus(403)
                .withBody("{\"message\":\"You have exceeded a secondary rate limit\"}"));

        source().fetch();

        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void persistentServerErrorGivesUpAfterTheLastAttemptAsTransient() {
        github.server.stubFor(any(urlPathEqualTo("/graphql")).atPriority(1)
                .willReturn(aResponse().withStatus(502)));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class, () -> source().fetch());

        assertThat(error.isTransient()).isTrue();
        assertThat(error.getMessage()).contains("HTTP 502", "gave up after 5 attempts")
                .doesNotContain(LoopbackGitHub.TOKEN).doesNotContain("\n");
        assertThat(sleeper.waits()).hasSize(4);
    }

    @Test
    void rateLimitResettingAfterTheCapOnWaitingFailsAtOnce() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 3600;
        github.server.stubFor(any(urlPathEqualTo("/repos/acme/support/issues")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withHeader("x-ratelimit-remaining", "0")
                        .withHeader("x-ratelimit-reset", String.valueOf(reset))
                        .withBody("{\"message\":\"API rate limit exceeded\"}")));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class, () -> source().fetch());

        assertThat(error.getMessage()).contains("acme/support", "HTTP 403").doesNotContain(LoopbackGitHub.TOKEN);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void forbiddenWithoutRateLimitSignsIsPermanentAndNotRetried() throws InterruptedException {
        github.server.stubFor(any(urlPathEqualTo("/repos/acme/support/issues")).atPriority(1)
                .willReturn(aResponse().withStatus(403).withBody("{\"message\":\"Resource not accessible\"}")));
        // the other repository's list is still in flight when the 403 ends the fetch, and gets cancelled
        github.server.stubFor(any(urlPathEqualTo("/repos/acme/infra/issues")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(300)));

        GitHubAccessException error = catchThrowableOfType(GitHubAccessException.class, () -> source().fetch());
        Thread.sleep(500); // time for a wrongly retried cancelled request to show itself

        assertThat(error.isTransient()).isFalse();
        assertThat(sleeper.waits()).as("a cancelled request is not retried").isEmpty();
        assertThat(github.server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/repos/acme/infra/issues")))).hasSizeLessThanOrEqualTo(1);
        assertThat(github.server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/repos/acme/support/issues")))).hasSize(1);
    }

    private GitHubApiSource source() {
        return new GitHubApiSource(settings, HTTP, sleeper.policy(HTTP.maxAttempts(), HTTP.maxWait()),
                SampleRepositories.CLOCK);
    }

    /** The first two requests to {@code path} get the fault; later ones reach the sample organisation. */
    private void failTwice(String path, Supplier<ResponseDefinitionBuilder> answer) {
        String scenario = "flaky " + path;
        github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willSetStateTo("failed once").willReturn(answer.get()));
        github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("failed once").willSetStateTo("failed twice").willReturn(answer.get()));
    }
}
