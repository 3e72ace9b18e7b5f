package org.csh.reconciler.asana;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data Asana should never send, but a walk of someone else's data must still end and hide nothing. */
class AsanaApiSourceGuardsTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void aTaskListedBelowItselfEndsTheWalkAndIsHandedOnForTheReconcilerToReport() {
        // given: 20 → 30 → 30 again
        serve("/projects/10/tasks", task("20", "Community Success Hours", 1));
        serve("/tasks/20/subtasks", task("30", "Loop", 1));
        serve("/tasks/30/subtasks", task("30", "Loop", 1));

        // when
        AsanaSnapshot snapshot = AsanaSources.withDefaults(AsanaTestServer.withProjects(asana.settings(), List.of("10")))
                .fetch();

        // then the second sighting is kept (the reconciler reports it and counts 30 once) but not walked again
        assertThat(snapshot.engagements().get(0).cshTasks().get(0).items())
                .extracting(AsanaWorkItem::gid, AsanaWorkItem::parentGid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("30", "20"),
                        org.assertj.core.groups.Tuple.tuple("30", "30"));
        assertThat(asana.requestsTo("/tasks/30/subtasks")).hasSize(1);
    }

    @Test
    void valuesOfTheWrongTypeNeverEndTheWalk() {
        // given a work item sending "1,5" as Actual time, a list as its notes, and a word as its subtask count
        serve("/projects/10/tasks", task("20", "Community Success Hours", 1));
        serve("/tasks/20/subtasks", "{\"gid\":\"30\",\"name\":\"Call\",\"notes\":[\"x\"],\"completed\":true,"
                + "\"completed_at\":\"2026-11-10T12:00:00.000Z\",\"actual_time_minutes\":\"1,5\","
                + "\"num_subtasks\":\"none\",\"custom_fields\":[\"odd\"]}");
        serve("/tasks/30/subtasks");

        // when
        AsanaSnapshot snapshot = AsanaSources.withDefaults(AsanaTestServer.withProjects(asana.settings(), List.of("10")))
                .fetch();

        // then the item is there, with what could not be read listed for the reconciler
        assertThat(snapshot.engagements().get(0).cshTasks().get(0).items()).singleElement().satisfies(item -> {
            assertThat(item.completed()).isTrue();
            assertThat(item.actualTimeMinutes()).isEmpty();
            assertThat(item.readProblems()).containsExactly("notes is a list, not text; ignored",
                    "actual_time_minutes '1,5' is not a number; ignored");
        });
    }

    @Test
    void aCshTaskInTwoEngagementsCountsForTheFirstOnly() {
        // given
        serve("/projects/10/tasks", task("20", "Community Success Hours", 1));
        serve("/projects/11/tasks", task("20", "Community Success Hours", 1));
        serve("/tasks/20/subtasks", task("30", "Call", 0));

        // when
        AsanaSnapshot snapshot = AsanaSources.withDefaults(AsanaTestServer.withProjects(asana.settings(), List.of("10", "11"))).fetch();

        // then
        assertThat(snapshot.engagements()).extracting(e -> e.cshTasks().size()).containsExactly(1, 0);
    }

    private void serve(String path, String... records) {
        asana.server.stubFor(get(urlPathEqualTo(AsanaTestServer.API_PATH + path)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[" + String.join(",", records) + "],\"next_page\":null}")));
        if (path.startsWith("/projects/")) {
            String gid = path.split("/")[2];
            asana.server.stubFor(get(urlPathEqualTo(AsanaTestServer.API_PATH + "/projects/" + gid)).willReturn(
                    aResponse().withBody("{\"data\":{\"gid\":\"" + gid + "\",\"name\":\"Project " + gid + "\"}}")));
        }
    }

    private static String task(String gid, String name, int numSubtasks) {
        return "{\"gid\":\"" + gid + "\",\"name\":\"" + name + "\",\"num_subtasks\":" + numSubtasks
                + ",\"completed\":false,\"custom_fields\":[]}";
    }
}
