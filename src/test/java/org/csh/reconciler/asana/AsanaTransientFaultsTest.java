package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.Optional;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Injects each transient fault, twice, into Asana requests and checks the snapshot equals a clean run's. */
class AsanaTransientFaultsTest {

    private static final String PORTFOLIO_ITEMS = AsanaTestServer.API_PATH + "/portfolios/9000/items";
    private static final String SUBTASKS = AsanaTestServer.API_PATH + "/tasks/3002/subtasks";
    static final String ACTIVITY_LOG = "5000";
    private static final String LOG_PROJECT = AsanaTestServer.API_PATH + "/projects/" + ACTIVITY_LOG;
    private static final String LOG_TASKS = LOG_PROJECT + "/tasks";
    private static final String LOG_SUBTASKS = AsanaTestServer.API_PATH + "/tasks/5001/subtasks";
    private static final HttpSettings HTTP =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5, Duration.ofMinutes(15));

    private final AsanaTestServer asana = new AsanaTestServer();
    private final RecordingSleeper sleeper = new RecordingSleeper(Instant.parse("2026-03-01T00:00:00Z"));
    private AsanaSnapshot clean;
    private AsanaSettings settings;

    @BeforeEach
    void serveSample() {
        clean = withActivityLog(SampleSnapshots.small());
        settings = AsanaTestServer.withPageSize(asana.settings(), 2).withLogProjects(java.util.List.of(ACTIVITY_LOG));
        AsanaApiStub.register(asana.server, clean, settings);
    }

    @AfterEach
    void stop() {
        asana.close();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("429 with Retry-After", answer(() -> aResponse().withStatus(429)
                        .withHeader("Retry-After", "9")
                        .withBody("{\"errors\":[{\"message\":\"You have made too many requests recently.\"}]}"))),
                Arguments.of("500", answer(() -> aResponse().withStatus(500).withBody("{\"errors\":[]}"))),
                Arguments.of("502", answer(() -> aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))),
                Arguments.of("503", answer(() -> aResponse().withStatus(503))),
                Arguments.of("504", answer(() -> aResponse().withStatus(504))),
                Arguments.of("connection reset", answer(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))),
                Arguments.of("empty response", answer(() -> aResponse().withFault(Fault.EMPTY_RESPONSE))));
    }

    private static Supplier<ResponseDefinitionBuilder> answer(Supplier<ResponseDefinitionBuilder> answer) {
        return answer;
    }

    @ParameterizedTest(name = "{0} on the portfolio")
    @MethodSource("faults")
    void portfolioRecoversFromTwoFaults(String fault, Supplier<ResponseDefinitionBuilder> answer) {
        failTwice(PORTFOLIO_ITEMS, answer);

        assertThat(source(HTTP).fetch().engagements()).isEqualTo(clean.engagements());
        // a reset connection may cost two requests per failure: HttpURLConnection retries a GET once itself
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    @ParameterizedTest(name = "{0} on a subtask list")
    @MethodSource("faults")
    void subtasksRecoverFromTwoFaults(String fault, Supplier<ResponseDefinitionBuilder> answer) {
        failTwice(SUBTASKS, answer);

        assertThat(source(HTTP).fetch().engagements()).isEqualTo(clean.engagements());
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    /** Every fault on each request a log project costs: the project, its task pages, a log task's subtasks. */
    static Stream<Arguments> logProjectFaults() {
        return Stream.of(LOG_PROJECT, LOG_TASKS, LOG_SUBTASKS).flatMap(path -> faults()
                .map(fault -> Arguments.of(fault.get()[0], path.substring(AsanaTestServer.API_PATH.length()), path,
                        fault.get()[1])));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("logProjectFaults")
    void logProjectsRecoverFromTwoFaults(String fault, String request, String path,
            Supplier<ResponseDefinitionBuilder> answer) {
        failTwice(path, answer);

        assertSameAsClean(source(HTTP).fetch());
        assertThat(sleeper.waits()).hasSizeBetween(1, 2);
    }

    @Test
    void retryAfterIsHonoured() {
        failTwice(SUBTASKS, () -> aResponse().withStatus(429).withHeader("Retry-After", "9"));

        source(HTTP).fetch();

        assertThat(sleeper.waits()).hasSize(2)
                .allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(9)));
    }

    @Test
    void responsesSlowerThanTheReadTimeoutAreRetried() {
        source(HTTP).fetch(); // warm the server, so that only the injected delay is slow
        failTwice(SUBTASKS, () -> aResponse().withStatus(200).withBody("{\"data\":[]}").withFixedDelay(1500));

        AsanaSnapshot fetched = source(new HttpSettings(Duration.ofSeconds(5), Duration.ofMillis(400), 5,
                Duration.ofMinutes(15))).fetch();

        assertThat(fetched.engagements()).isEqualTo(clean.engagements());
        assertThat(sleeper.waits()).hasSizeBetween(2, 4);
    }

    @Test
    void persistentServerErrorGivesUpAfterTheLastAttempt() {
        asana.server.stubFor(get(urlPathEqualTo(SUBTASKS)).atPriority(1).willReturn(aResponse().withStatus(503)));

        AsanaUnavailableException error = catchThrowableOfType(AsanaUnavailableException.class,
                () -> source(HTTP).fetch());

        assertThat(error.getMessage()).contains("503", "gave up after 5 attempts", "try again later")
                .doesNotContain(AsanaTestServer.TOKEN).doesNotContain("\n");
        assertThat(sleeper.waits()).hasSize(4);
        assertThat(asana.requestsTo("/tasks/3002/subtasks")).hasSize(5);
    }

    @Test
    void rejectedTokenIsNotRetried() {
        asana.server.stubFor(get(urlPathEqualTo(PORTFOLIO_ITEMS)).atPriority(1).willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\":[{\"message\":\"Not Authorized\"}]}")));

        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class, () -> source(HTTP).fetch());

        assertThat(error.status()).isEqualTo(401);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(asana.requests()).hasSize(1);
    }

    /** What was read equals the clean run's; only the time of reading moves with the waits. */
    private void assertSameAsClean(AsanaSnapshot fetched) {
        assertThat(fetched.engagements()).isEqualTo(clean.engagements());
        assertThat(fetched.logProjects()).isEqualTo(clean.logProjects());
    }

    /**
     * The sample plus an Activity Log of three tasks (two pages at page size 2), one also filed in the university's
     * engagement and one with a subtask.
     */
    static AsanaSnapshot withActivityLog(AsanaSnapshot sample) {
        java.util.List<String> logOnly = java.util.List.of(ACTIVITY_LOG);
        LogProject log = new LogProject(ACTIVITY_LOG, "Activity Log", "https://app.asana.com/0/" + ACTIVITY_LOG,
                java.util.List.of(
                        logItem("5001", null, "Workshop prep", java.util.List.of(ACTIVITY_LOG, SampleSnapshots.UNIVERSITY)),
                        logItem("5002", "5001", "Workshop handout", java.util.List.of()),
                        logItem("5003", null, "Office hours", logOnly),
                        logItem("5004", null, "Planning call", logOnly)));
        return new AsanaSnapshot(sample.engagements(), java.util.List.of(log), sample.fetchedAt());
    }

    private static AsanaWorkItem logItem(String gid, String parent, String name, java.util.List<String> projects) {
        return new AsanaWorkItem(gid, parent, name, "", "https://app.asana.com/0/0/" + gid, true,
                "2026-02-12T10:00:00.000Z", Optional.of(30.0), null, null, null, java.util.List.of(), null, projects);
    }

    private AsanaApiSource source(HttpSettings http) {
        return new AsanaApiSource(settings, http, sleeper.policy(http.maxAttempts(), http.maxWait()), sleeper.clock());
    }

    private void failTwice(String path, Supplier<ResponseDefinitionBuilder> answer) {
        String scenario = "flaky " + path;
        asana.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willSetStateTo("failed once").willReturn(answer.get()));
        asana.server.stubFor(get(urlPathEqualTo(path)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("failed once").willSetStateTo("failed twice").willReturn(answer.get()));
    }
}
