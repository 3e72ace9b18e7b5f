package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads hand-written responses in Asana's real shapes (src/test/resources/asana), so that the source is not
 * only tested against our own stub: a nested portfolio, a second page of project tasks, a CSH task that is a
 * subtask of an ordinary task, an enum field, empty and null values.
 */
class AsanaApiSourceFixtureTest {

    private static final String PROJECT = "1205550000000001";
    private static final String PLANNING = "1205550000000101";
    private static final String CSH_TASK = "1205550000000201";

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void handWrittenAsanaResponsesBecomeOneEngagementWithItsCshTask() {
        // given
        serve(get(urlPathEqualTo("/api/1.0/portfolios/9000/items")), "portfolio-items.json");
        serve(get(urlPathEqualTo("/api/1.0/projects/" + PROJECT + "/tasks")).withQueryParam("offset", absent()),
                "project-tasks-page-1.json");
        serve(get(urlPathEqualTo("/api/1.0/projects/" + PROJECT + "/tasks"))
                .withQueryParam("offset", equalTo("eyJ0eXAiOJiKV1iQLCJhbGciOiJIUzI1NiJ9")), "project-tasks-page-2.json");
        serve(get(urlPathEqualTo("/api/1.0/tasks/" + PLANNING + "/subtasks")), "planning-subtasks.json");
        serve(get(urlPathEqualTo("/api/1.0/tasks/" + CSH_TASK + "/subtasks")), "csh-subtasks.json");

        // when
        AsanaSnapshot snapshot = AsanaSources.withDefaults(asana.settings()).fetch();

        // then
        AsanaWorkItem mirror = new AsanaWorkItem("1205550000000301", CSH_TASK, "Upgrade the mirror hosts",
                "Mirrored from https://github.com/example-u/infra/issues/42",
                "https://app.asana.com/0/1205550000000001/1205550000000301", true, "2026-02-17T09:41:27.066Z", Optional.of(45.0),
                "https://github.com/example-u/infra/issues/42", "1.25", null);
        // the rich text's link address, hidden behind "the shared doc", is kept with the notes
        AsanaWorkItem call = new AsanaWorkItem("1205550000000302", CSH_TASK, "1h call with the board, 2 staff",
                "Agenda in the shared doc\nhttps://docs.example.org/board-agenda",
                "https://app.asana.com/0/1205550000000001/1205550000000302", true, "2026-02-20T12:00:00.000Z", Optional.empty(),
                null, null, "2");
        CshTask cshTask = new CshTask(CSH_TASK, "Community Success Hours 2026",
                "https://app.asana.com/0/1205550000000001/1205550000000201", "4.25", List.of(mirror, call));
        assertThat(snapshot.engagements()).containsExactly(new Engagement(PROJECT, "Example University",
                "https://app.asana.com/0/1205550000000001/1205550000000001", List.of(cshTask)));
    }

    private void serve(MappingBuilder request, String file) {
        asana.server.stubFor(request.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=UTF-8").withBody(read(file))));
    }

    private static String read(String file) {
        try (InputStream in = AsanaApiSourceFixtureTest.class.getResourceAsStream("/asana/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
