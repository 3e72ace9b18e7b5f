package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Asana's own words on a refusal are kept in the error line, and a broken answer names the request. */
class AsanaAnswerErrorsTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void paymentRequiredKeepsAsanasMessage() {
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(402).withBody("{\"errors\":[{\"message\":"
                + "\"Time tracking is only available to Business and Enterprise workspaces.\"}]}")));

        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class,
                () -> AsanaSources.withDefaults(asana.settings()).fetch());

        assertThat(error.getMessage()).contains("portfolio 9000", "402", "premium",
                "Asana says: Time tracking is only available to Business and Enterprise workspaces.")
                .doesNotContain("\n").doesNotContain(AsanaTestServer.TOKEN);
    }

    @Test
    void forbiddenKeepsAsanasMessage() {
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(403).withBody("{\"errors\":[{\"message\":"
                + "\"You do not have access to this portfolio.\",\"help\":\"For more information …\"}]}")));

        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class,
                () -> AsanaSources.withDefaults(asana.settings()).fetch());

        assertThat(error.getMessage()).contains("403", "Asana says: You do not have access to this portfolio.")
                .doesNotContain("For more information");
    }

    @Test
    void malformedJsonNamesTheRequest() {
        asana.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":[{\"gid\":\"1\",\"name\":")));

        AsanaAccessException error = catchThrowableOfType(AsanaAccessException.class,
                () -> AsanaSources.withDefaults(asana.settings()).fetch());

        assertThat(error).as("a named failure, not the parser's own exception").isNotNull();
        assertThat(error.getMessage()).startsWith("Asana portfolio 9000").contains("GET /portfolios/9000",
                "not complete JSON").doesNotContain("\n");
    }
}
