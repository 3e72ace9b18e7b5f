package org.csh.reconciler.asana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.csh.reconciler.demo.AsanaApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire, read from WireMock's request journal. */
class AsanaApiSourceRequestsTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void taskListsAskForTheWorkItemFieldsAndAFullPage() {
        // given
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSources.withDefaults(settings).fetch();

        // then
        List<LoggedRequest> taskLists = asana.requestsTo("/(projects/\\d+/tasks|tasks/\\d+/subtasks)");
        assertThat(taskLists).isNotEmpty().allSatisfy(request -> {
            assertThat(request.queryParameter("limit").firstValue()).isEqualTo("100");
            assertThat(List.of(request.queryParameter("opt_fields").firstValue().split(",")))
                    .contains("name", "notes", "permalink_url", "completed", "completed_at", "actual_time_minutes",
                            "num_subtasks", "custom_fields.name", "custom_fields.number_value",
                            "custom_fields.text_value", "custom_fields.display_value");
        });
    }

    @Test
    void portfolioItemsAreAskedForWithNameLinkAndTypeAndTheConfiguredPageSize() {
        // given
        AsanaSettings settings = AsanaTestServer.withPageSize(asana.settings(), 2);
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSources.withDefaults(settings).fetch();

        // then
        List<LoggedRequest> items = asana.requestsTo("/portfolios/9000/items");
        assertThat(items).singleElement().satisfies(request -> {
            assertThat(request.queryParameter("limit").firstValue()).isEqualTo("2");
            assertThat(request.queryParameter("opt_fields").firstValue().split(","))
                    .contains("name", "permalink_url", "resource_type");
        });
    }

    @Test
    void subtasksAreNotRequestedForTasksWithoutSubtasks() {
        // given: 2003 (a CSH task without items) and 3001, 3004, 3005, 3006 (leaves) have num_subtasks 0
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSources.withDefaults(settings).fetch();

        // then: only the tasks with subtasks, and the ordinary "Onboarding checklist" of each project
        List<String> asked = asana.requestsTo("/tasks/\\d+/subtasks").stream()
                .map(r -> r.getUrl().replaceAll(".*/tasks/(\\d+)/subtasks.*", "$1"))
                .collect(Collectors.toList());
        assertThat(asked).hasSize(6).contains("2001", "3002", "3003", "2002")
                .doesNotContain("2003", "3001", "3004", "3005", "3006");
    }

    @Test
    void pagesAreFollowedWithTheOffsetAsanaHandsOut() {
        // given
        AsanaSettings settings = AsanaTestServer.withPageSize(asana.settings(), 2);
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSources.withDefaults(settings).fetch();

        // then: Q1 has three work items directly below it
        List<LoggedRequest> q1 = asana.requestsTo("/tasks/2001/subtasks");
        assertThat(q1).hasSize(2);
        assertThat(q1).filteredOn(r -> r.queryParameter("offset").isPresent()).hasSize(1);
    }

    @Test
    void requestCountMatchesWhatTheServerSaw() {
        // given
        AsanaSettings settings = AsanaTestServer.withPageSize(asana.settings(), 2);
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);
        AsanaApiSource source = AsanaSources.withDefaults(settings);

        // when
        source.fetch();

        // then
        assertThat(source.requestCount()).isEqualTo(asana.requests().size()).isPositive();
    }

    @Test
    void theTokenIsSentAsABearerToken() {
        // given
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSources.withDefaults(settings).fetch();

        // then
        assertThat(asana.requests()).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + AsanaTestServer.TOKEN));
    }
}
