package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The write-back's one request, {@code PUT /tasks/{gid}}, as it goes over the wire to a WireMock Asana. */
class AsanaApiFieldWriterTest {

    private static final String TASK = AsanaTestServer.API_PATH + "/tasks/2001";
    private static final String UPDATED = "{\"data\":{\"gid\":\"2001\",\"resource_type\":\"task\","
            + "\"name\":\"Community Success Hours\",\"custom_fields\":[{\"gid\":\"7001\",\"name\":\"Hours Used\","
            + "\"resource_subtype\":\"number\",\"number_value\":12.5,\"display_value\":\"12.5\"}]}}";
    private static final HttpSettings HTTP =
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5, Duration.ofMinutes(15));

    private final AsanaTestServer asana = new AsanaTestServer();
    private final RecordingSleeper sleeper = new RecordingSleeper(Instant.parse("2026-11-25T02:30:00Z"));

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void onePutSetsTheNumberUnderTheFieldsGidAndNothingElse() {
        // given
        asana.server.stubFor(put(urlPathEqualTo(TASK)).willReturn(ok()));

        // when
        writer().setNumber("2001", "7001", new BigDecimal("12.50"));

        // then
        asana.server.verify(1, putRequestedFor(urlPathEqualTo(TASK))
                .withHeader("Authorization", equalTo("Bearer " + AsanaTestServer.TOKEN))
                .withRequestBody(equalToJson("{\"data\":{\"custom_fields\":{\"7001\":12.5}}}")));
        assertThat(asana.requests()).hasSize(1);
    }

    @Test
    void wholeHoursAreSentAsAPlainNumber() {
        // given
        asana.server.stubFor(put(urlPathEqualTo(TASK)).willReturn(ok()));

        // when
        writer().setNumber("2001", "7001", new BigDecimal("10.00"));

        // then: 10, never 1E+1
        assertThat(asana.requests()).singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).contains("\"7001\":10}"));
    }

    @Test
    void aServerErrorOnTheWriteIsRetriedByThePolicy() {
        // given
        asana.server.stubFor(put(urlPathEqualTo(TASK)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willSetStateTo("failed once").willReturn(aResponse().withStatus(503)));
        asana.server.stubFor(put(urlPathEqualTo(TASK)).inScenario("flaky").whenScenarioStateIs("failed once")
                .willReturn(ok()));

        // when
        writer().setNumber("2001", "7001", new BigDecimal("12.50"));

        // then
        assertThat(asana.requestsTo("/tasks/2001")).hasSize(2)
                .allSatisfy(request -> assertThat(request.getMethod().getName()).isEqualTo("PUT"));
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void aTokenWithoutWriteAccessIsRefusedOnceWithWhatAsanaSaidAndThePutInTheMessage() {
        // given
        asana.server.stubFor(put(urlPathEqualTo(TASK)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"message\":\"You do not have permission to perform this action.\"}]}")));

        // when
        AsanaAccessException refused = catchThrowableOfType(AsanaAccessException.class,
                () -> writer().setNumber("2001", "7001", new BigDecimal("12.50")));

        // then
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.getMessage())
                .startsWith("Asana task 2001 (PUT /tasks/2001): 403 forbidden: the token may not change it")
                .contains("tasks:write", "Asana says: You do not have permission to perform this action.")
                .doesNotContain(AsanaTestServer.TOKEN);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(asana.requests()).hasSize(1);
    }

    private AsanaApiFieldWriter writer() {
        return new AsanaApiFieldWriter(asana.settings(), HTTP, sleeper.policy(HTTP.maxAttempts(), HTTP.maxWait()));
    }

    private static ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(UPDATED);
    }
}
