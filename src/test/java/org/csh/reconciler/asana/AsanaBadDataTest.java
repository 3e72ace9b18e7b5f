package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.csh.reconciler.contract.Communities;
import org.csh.reconciler.contract.Community;
import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.estimate.LearnedEstimatorFactory;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.ReconcileSettings;
import org.csh.reconciler.reconcile.Reconciler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Asana answers with odd structures: the adapter finishes, keeps every item, and hides nothing. */
class AsanaBadDataTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    @Timeout(30)
    void aCycleInSubtaskParentsEndsAndHandsTheRepeatedTaskOn() {
        // given 3003 answers that its subtasks are 3004 and 3002, its own parent
        AsanaSnapshot clean = SampleSnapshots.small();
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, clean, settings);
        AsanaSources.withDefaults(settings).fetch();
        JsonObject parentPage = JsonParser.parseString(answerTo("/tasks/2001/subtasks")).getAsJsonObject();
        JsonObject childPage = JsonParser.parseString(answerTo("/tasks/3003/subtasks")).getAsJsonObject();
        for (JsonElement task : parentPage.getAsJsonArray("data")) {
            if (task.getAsJsonObject().get("gid").getAsString().equals("3002")) {
                childPage.getAsJsonArray("data").add(task);
            }
        }
        assertThat(childPage.getAsJsonArray("data")).hasSize(2);
        asana.server.stubFor(get(urlPathEqualTo(AsanaTestServer.API_PATH + "/tasks/3003/subtasks")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(childPage.toString())));
        asana.server.resetRequests();

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then the walk ends, every item is there, and 3002 is handed on a second time, below 3003, for the
        // reconciler to report
        List<AsanaWorkItem> items = fetched.engagements().get(0).cshTasks().get(0).items();
        List<AsanaWorkItem> cleanItems = clean.engagements().get(0).cshTasks().get(0).items();
        assertThat(items).containsAll(cleanItems).hasSize(cleanItems.size() + 1);
        assertThat(items).filteredOn(item -> item.gid().equals("3002")).extracting(AsanaWorkItem::parentGid)
                .containsExactly(SampleSnapshots.Q1, "3003");
        assertThat(fetched.engagements().subList(1, 2)).isEqualTo(clean.engagements().subList(1, 2));
        assertThat(asana.requestsTo("/tasks/3003/subtasks")).hasSize(1);
        assertThat(asana.requestsTo("/tasks/3002/subtasks")).hasSize(1);

        // and the rules count 3002 once and say where it was met twice
        ReconcileResult result = new Reconciler(new Communities(List.of(new Community("Example University",
                List.of(), List.of()))), ReconcileSettings.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")),
                new LearnedEstimatorFactory()).reconcile(new GitHubSnapshot(List.of(), Map.of(), Instant.EPOCH), fetched);
        assertThat(result.findings()).filteredOn(f -> f.code() == Finding.Code.INVALID_DATA)
                .anySatisfy(f -> assertThat(f.detail()).contains("Asana task 3002 appears twice", "counted once"));
    }

    private String answerTo(String path) {
        return asana.server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(AsanaTestServer.API_PATH + path + "?"))
                .map(event -> event.getResponse().getBodyAsString())
                .findFirst().orElseThrow();
    }
}
