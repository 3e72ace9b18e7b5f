package org.csh.reconciler.asana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.csh.reconciler.demo.AsanaApiStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsanaApiSourceRoundTripTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void snapshotServedByTheStubReadsBackUnchanged() {
        // given
        AsanaSnapshot data = SampleSnapshots.small();
        AsanaSettings settings = AsanaTestServer.withPageSize(asana.settings(), 2);
        AsanaApiStub.register(asana.server, data, settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then
        assertThat(fetched.engagements()).isEqualTo(data.engagements());
    }

    @Test
    void customFieldsAreFoundUnderTheNamesTheSettingsGive() {
        // given
        AsanaSnapshot data = SampleSnapshots.small();
        AsanaSettings settings = AsanaTestServer.withFieldNames(asana.settings(),
                "Issue link", "Board hours", "Time spent", "Budget used");
        AsanaApiStub.register(asana.server, data, settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then
        assertThat(fetched.engagements()).isEqualTo(data.engagements());
        CshTask q1 = fetched.engagements().get(0).cshTasks().get(0);
        assertThat(q1.hoursTotal()).isEqualTo("7.5");
        assertThat(q1.items().get(1).githubUrl()).isEqualTo("https://github.com/example/repo/issues/812");
        assertThat(q1.items().get(1).githubHours()).isEqualTo("1.5");
        assertThat(q1.items().get(1).totalTime()).isEqualTo("3");
    }

    @Test
    void theWriteBackFieldOfEachCshTaskReadsBackWithItsGidAndTheSameFieldList() {
        // given: Q1 shows 4.5 used hours, Q2's field is empty, the labs' task has no such field
        AsanaSnapshot small = SampleSnapshots.small();
        Engagement university = small.engagements().get(0);
        CshTask q1 = withUsedField(university.cshTasks().get(0), new CustomFieldValue("7001", "number", "4.5"));
        CshTask q2 = withUsedField(university.cshTasks().get(1), new CustomFieldValue("7001", "number", null));
        AsanaSnapshot data = new AsanaSnapshot(List.of(
                new Engagement(university.gid(), university.name(), university.url(), List.of(q1, q2)),
                small.engagements().get(1)), small.fetchedAt());
        AsanaSettings settings = asana.settings().withUsedField("Hours Used");
        AsanaApiStub.register(asana.server, data, settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then
        assertThat(fetched.engagements()).isEqualTo(data.engagements());
        assertThat(fetched.engagements().get(1).cshTasks().get(0).usedField()).isNull();
        assertThat(asana.requestsTo("/(projects/\\d+/tasks|tasks/\\d+/subtasks)")).allSatisfy(request ->
                assertThat(request.queryParameter("opt_fields").firstValue())
                        .isEqualTo(String.join(",", WorkItemMapper.TASK_FIELDS)));
    }

    private static CshTask withUsedField(CshTask task, CustomFieldValue field) {
        return new CshTask(task.gid(), task.name(), task.url(), task.hoursTotal(), task.items(), task.startOn(),
                task.dueOn(), field);
    }

    @Test
    void textInANumberFieldIsKeptAsWritten() {
        // given
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then
        AsanaWorkItem proofread = fetched.engagements().get(0).cshTasks().get(0).items().get(3);
        assertThat(proofread.gid()).isEqualTo("3004");
        assertThat(proofread.parentGid()).isEqualTo("3003");
        assertThat(proofread.githubHours()).isEqualTo("1,5");
    }

    @Test
    void everyCshTaskOfAnEngagementIsRead() {
        // given
        AsanaSettings settings = asana.settings();
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then: the ordinary "Kickoff call" and "Onboarding checklist" tasks are not CSH tasks
        assertThat(fetched.engagements().get(0).cshTasks()).extracting(CshTask::name)
                .containsExactly("Community Success Hours – Q1 2026", "Community Success Hours – Q2 2026");
    }

    @Test
    void projectsListedDirectlyNeedNoPortfolio() {
        // given
        AsanaSettings settings = AsanaTestServer.withProjects(asana.settings(),
                List.of(SampleSnapshots.LABS, SampleSnapshots.UNIVERSITY));
        AsanaApiStub.register(asana.server, SampleSnapshots.small(), settings);

        // when
        AsanaSnapshot fetched = AsanaSources.withDefaults(settings).fetch();

        // then
        assertThat(fetched.engagements()).extracting(Engagement::name, Engagement::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ExampleU Labs", "https://app.asana.com/0/1002"),
                        org.assertj.core.groups.Tuple.tuple("Example University", "https://app.asana.com/0/1001"));
        assertThat(fetched.engagements().get(1)).isEqualTo(SampleSnapshots.small().engagements().get(0));
        assertThat(asana.requestsTo("/portfolios/.*")).isEmpty();
    }
}
