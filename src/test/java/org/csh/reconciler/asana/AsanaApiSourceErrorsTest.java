package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsanaApiSourceErrorsTest {

    private static final String NOT_AUTHORIZED = "{\"errors\":[{\"message\":\"Not Authorized\"}]}";
    private static final String UNKNOWN_OBJECT =
            "{\"errors\":[{\"message\":\"project: Not a recognized ID: 777\",\"help\":\"…\"}]}";

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void rejectedTokenNamesThePortfolioAndTheStatusButNotTheToken() {
        // given
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody(NOT_AUTHORIZED)));
        AsanaApiSource source = AsanaSources.withDefaults(asana.settings());

        // when
        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class, source::fetch);

        // then
        assertThat(error.status()).isEqualTo(401);
        assertThat(error.getMessage()).contains("portfolio 9000", "401", "csh.asana.token")
                .doesNotContain(AsanaTestServer.TOKEN).doesNotContain("\n");
    }

    @Test
    void unknownProjectNamesTheProjectAndTheStatus() {
        // given
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody(UNKNOWN_OBJECT)));
        AsanaApiSource source = AsanaSources.withDefaults(AsanaTestServer.withProjects(asana.settings(), List.of("777")));

        // when
        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class, source::fetch);

        // then
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.getMessage()).contains("project 777", "404", "csh.asana.project-gids")
                .doesNotContain(AsanaTestServer.TOKEN).doesNotContain("\n");
    }

    @Test
    void serverErrorIsRetriedByOurPolicyOnlyNeverByTheLibrary() {
        // given a policy of two attempts that never sleeps
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        RecordingSleeper sleeper = new RecordingSleeper(Instant.parse("2026-03-01T00:00:00Z"));
        AsanaApiSource source = new AsanaApiSource(asana.settings(), HttpSettings.DEFAULTS, sleeper.policy(2, Duration.ofMinutes(15)), sleeper.clock());
        Instant start = Instant.now();

        // when
        AsanaUnavailableException error = catchThrowableOfType(AsanaUnavailableException.class, source::fetch);

        // then two requests: the library's own retries (max_retries) stay off
        assertThat(error.getMessage()).contains("portfolio 9000", "503").doesNotContain(AsanaTestServer.TOKEN);
        assertThat(asana.requests()).hasSize(2);
        assertThat(sleeper.waits()).hasSize(1);
        // the library's backoff would sleep for seconds; a busy machine alone never takes this long for two answers
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }
}
