package org.csh.reconciler.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csh.reconciler.github.SampleRepositories.INFRA;
import static org.csh.reconciler.github.SampleRepositories.SUPPORT;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
 * The fault matrix of {@link GitHubTransientFaultsTest} on the nightly read ({@link GitHubApiSource#refresh}):
 * each fault, twice, on the {@code since} list, a sub-issue list and the GraphQL requests (change check and
 * board), and the snapshot equals a clean run's.
 */
class GitHubNightlyFaultsTest {

    private static final HttpSettings HTTP =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5, Duration.ofMinutes(15));
    private static final HttpSettings IMPATIENT =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(400), 5, Duration.ofMinutes(15));
    /** A last read long before every issue's last change: the nightly read asks again for all of them. */
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    private LoopbackGitHub github;
    private GitHubSettings settings;
    private GitHubSnapshot clean;
    private GitHubSnapshot previous;
    private RecordingSleeper sleeper;

    @BeforeEach
    void serveSampleOrganisation() {
        github = new LoopbackGitHub(GitHubApiStub.extensions());
        settings = github.settings(2, SUPPORT, INFRA);
        clean = SampleRepositories.snapshot();
        previous = new GitHubSnapshot(clean.issues(), clean.boardHours(), LONG_AGO);
        GitHubApiStub.register(github.server, clean, settings);
        sleeper = new RecordingSleeper(SampleRepositories.FETCHED_AT);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    static Stream<Arguments> faultsOnNightlyRequests() {
        return Stream.of("/repos/acme/support/issues", "/repos/acme/support/issues/2/sub_issues", "/graphql")
                .flatMap(path -> GitHubTransientFaultsTest.faults()
                        .map(fault -> Arguments.of(fault.get()[0], path, fault.get()[1])));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faultsOnNightlyRequests")
    void nightlyReadRecoversFromTwoFaults(String fault, String path, Supplier<ResponseDefinitionBuilder> answer) {
        assertThat(source(HTTP, sleeper).refresh(previous)).as("a clean nightly read").satisfies(this::isClean);
        github.server.resetScenarios();
        RecordingSleeper faulty = new RecordingSleeper(SampleRepositories.FETCHED_AT);
        failTwice(path, answer);

        GitHubSnapshot nightly = source(HTTP, faulty).refresh(previous);

        isClean(nightly);
        assertThat(faulty.waits()).hasSizeBetween(1, 2);
    }

    @Test
    void graphQlRateLimitInA200WaitsForTheResetOnTheNightlyRead() {
        long reset = SampleRepositories.FETCHED_AT.getEpochSecond() + 120;
        failTwice("/graphql", () -> GitHubTransientFaultsTest.graphQlRateLimited(reset));

        GitHubSnapshot nightly = source(HTTP, sleeper).refresh(previous);

        isClean(nightly);
        assertThat(sleeper.waits().get(0)).isEqualTo(Duration.ofSeconds(121));
    }

    @Test
    void nightlyResponsesSlowerThanTheReadTimeoutAreRetried() {
        source(HTTP, sleeper).refresh(previous); // a warm server
        for (String path : new String[] {"/repos/acme/support/issues", "/repos/acme/support/issues/2/sub_issues",
                "/graphql"}) {
            github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario("slow " + path)
                    .whenScenarioStateIs(STARTED).willSetStateTo("answered slowly")
                    .willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(1500)));
        }
        RecordingSleeper impatient = new RecordingSleeper(SampleRepositories.FETCHED_AT);

        GitHubSnapshot nightly = source(IMPATIENT, impatient).refresh(previous);

        isClean(nightly);
        assertThat(impatient.waits()).as("each slow answer retried once; a busy machine may add a retry")
                .hasSizeBetween(3, 5);
    }

    private void isClean(GitHubSnapshot nightly) {
        assertThat(nightly.issues()).containsExactlyElementsOf(clean.issues());
        assertThat(nightly.boardHours()).isEqualTo(clean.boardHours());
    }

    private GitHubApiSource source(HttpSettings http, RecordingSleeper waits) {
        return new GitHubApiSource(settings, http, waits.policy(http.maxAttempts(), http.maxWait()),
                SampleRepositories.CLOCK);
    }

    private void failTwice(String path, Supplier<ResponseDefinitionBuilder> answer) {
        String scenario = "flaky " + path;
        github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willSetStateTo("failed once").willReturn(answer.get()));
        github.server.stubFor(any(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("failed once").willSetStateTo("failed twice").willReturn(answer.get()));
    }
}
