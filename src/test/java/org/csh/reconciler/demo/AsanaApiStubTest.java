package org.csh.reconciler.demo;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;
import org.csh.reconciler.asana.AsanaSettings;
import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.asana.AsanaWorkItem;
import org.csh.reconciler.asana.CshTask;
import org.csh.reconciler.asana.CustomFieldValue;
import org.csh.reconciler.asana.Engagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stub must be as strict as Asana, or a missing opt_field would pass every test and fail in production. */
class AsanaApiStubTest {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
                .extensions(AsanaApiStub.extensions()));
        server.start();
        AsanaApiStub.register(server, snapshot(), settings(server.port()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void requestedFieldsWithoutAValueComeBackAsNull() throws Exception {
        // when
        JsonObject task = getJson("/tasks/2001/subtasks?opt_fields=completed_at")
                .getAsJsonArray("data").get(0).getAsJsonObject();

        // then
        assertThat(task.has("completed_at")).isTrue();
        assertThat(task.get("completed_at").isJsonNull()).isTrue();
    }

    @Test
    void withoutOptFieldsTasksAreCompact() throws Exception {
        // when
        JsonObject body = getJson("/tasks/2001/subtasks");

        // then
        assertThat(body.getAsJsonArray("data").get(0).getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("gid", "name", "resource_type", "resource_subtype");
        assertThat(body.has("next_page")).isFalse();
    }

    @Test
    void onlyTheRequestedFieldsAndTheGidComeBack() throws Exception {
        // when
        JsonObject task = getJson("/tasks/2001/subtasks?opt_fields=name,custom_fields.name")
                .getAsJsonArray("data").get(0).getAsJsonObject();

        // then
        assertThat(task.keySet()).containsExactly("gid", "name", "custom_fields");
        assertThat(task.getAsJsonArray("custom_fields").get(0).getAsJsonObject().keySet())
                .containsExactly("gid", "name");
    }

    @Test
    void limitAndOffsetPageThroughTheList() throws Exception {
        // when
        JsonObject first = getJson("/tasks/2001/subtasks?limit=2");
        String offset = first.getAsJsonObject("next_page").get("offset").getAsString();
        JsonObject second = getJson("/tasks/2001/subtasks?limit=2&offset=" + offset);

        // then
        assertThat(first.getAsJsonArray("data")).hasSize(2);
        assertThat(first.getAsJsonObject("next_page").get("path").getAsString())
                .isEqualTo("/tasks/2001/subtasks?limit=2&offset=" + offset);
        assertThat(second.getAsJsonArray("data")).hasSize(1);
        assertThat(second.get("next_page").isJsonNull()).isTrue();
    }

    @Test
    void limitAboveOneHundredIsRejectedAsAsanaDoes() throws Exception {
        // when
        HttpResponse<String> response = get("/tasks/2001/subtasks?limit=101");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("limit");
    }

    @Test
    void projectsHoldOrdinaryTasksBesideTheCshTask() throws Exception {
        // when
        JsonObject body = getJson("/projects/1001/tasks?opt_fields=name");

        // then
        assertThat(body.getAsJsonArray("data")).extracting(e -> e.getAsJsonObject().get("name").getAsString())
                .containsExactly("Kickoff call", "Community Success Hours", "Onboarding checklist");
    }

    @Test
    void aPutSetsTheCshTasksNumberFieldAndLaterReadsShowIt() throws Exception {
        // when
        HttpResponse<String> answer = put("/tasks/2001", "{\"data\":{\"custom_fields\":{\"7001\":6.25}}}");
        JsonObject read = getJson("/projects/1001/tasks?opt_fields=name,custom_fields.name,custom_fields.number_value");

        // then
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(usedField(JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("data"))
                .get("number_value").getAsBigDecimal()).isEqualByComparingTo("6.25");
        JsonObject cshTask = read.getAsJsonArray("data").asList().stream().map(e -> e.getAsJsonObject())
                .filter(t -> t.get("gid").getAsString().equals("2001")).findFirst().orElseThrow();
        assertThat(usedField(cshTask).get("number_value").getAsBigDecimal()).isEqualByComparingTo("6.25");
    }

    @Test
    void aPutNamingAFieldTheTaskLacksIsRefusedAsAsanaDoesAndChangesNothing() throws Exception {
        // when
        HttpResponse<String> answer = put("/tasks/2001",
                "{\"data\":{\"custom_fields\":{\"7001\":1,\"9999\":6.25}}}");
        JsonObject read = getJson("/tasks/2001/subtasks?opt_fields=name");

        // then
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Custom field with ID 9999 is not on given object");
        assertThat(usedField(getJson("/projects/1001/tasks?opt_fields=custom_fields.name,custom_fields.number_value")
                .getAsJsonArray("data").get(1).getAsJsonObject()).get("number_value").isJsonNull()).isTrue();
        assertThat(read.getAsJsonArray("data")).hasSize(3);
    }

    @Test
    void textForANumberFieldIsRefused() throws Exception {
        HttpResponse<String> answer = put("/tasks/2001", "{\"data\":{\"custom_fields\":{\"7001\":\"six\"}}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("must be a number");
    }

    private static JsonObject usedField(JsonObject task) {
        return task.getAsJsonArray("custom_fields").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("gid").getAsString().equals("7001")).findFirst().orElseThrow();
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/1.0" + path);
        return http.send(HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registeringOnAServerWithoutTheExtensionFails() {
        // given
        WireMockServer plain = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

        // then
        assertThatThrownBy(() -> AsanaApiStub.register(plain, snapshot(), settings(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AsanaApiStub.extensions()");
    }

    private JsonObject getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/1.0" + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static AsanaSettings settings(int port) {
        return new AsanaSettings(URI.create("http://127.0.0.1:" + port + "/api/1.0"), "demo", "9000",
                List.of(), "Community Success Hours", "GitHub URL", "GitHub Hours", "Total Time", "Hours Total", 100)
                .withUsedField("Hours Used");
    }

    private static AsanaSnapshot snapshot() {
        List<AsanaWorkItem> items = List.of(item("3001"), item("3002"), item("3003"));
        CshTask cshTask = new CshTask("2001", "Community Success Hours", "https://app.asana.com/0/1001/2001", null,
                items, null, null, new CustomFieldValue("7001", CustomFieldValue.NUMBER, null));
        return new AsanaSnapshot(List.of(new Engagement("1001", "Example University", "https://app.asana.com/0/1001",
                List.of(cshTask))), Instant.EPOCH);
    }

    private static AsanaWorkItem item(String gid) {
        return new AsanaWorkItem(gid, "2001", "Item " + gid, "", "https://app.asana.com/0/1001/" + gid, false, null,
                Optional.empty(), null, null, null);
    }
}
