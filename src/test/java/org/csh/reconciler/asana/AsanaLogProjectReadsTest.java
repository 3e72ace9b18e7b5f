package org.csh.reconciler.asana;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.csh.reconciler.demo.AsanaApiStub;
import org.csh.reconciler.retry.HttpSettings;
import org.csh.reconciler.retry.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A task in an engagement and in a log project too is read once, whichever project meets it first. */
class AsanaLogProjectReadsTest {

    private final AsanaTestServer asana = new AsanaTestServer();

    @AfterEach
    void stop() {
        asana.close();
    }

    @Test
    void aTaskAlsoInALogProjectHasItsSubtasksReadOnce() {
        AsanaSnapshot sample = AsanaTransientFaultsTest.withActivityLog(SampleSnapshots.small());
        AsanaSettings settings = AsanaTestServer.withPageSize(asana.settings(), 2)
                .withLogProjects(List.of(AsanaTransientFaultsTest.ACTIVITY_LOG));
        AsanaApiStub.register(asana.server, sample, settings);
        RecordingSleeper sleeper = new RecordingSleeper(Instant.parse("2026-03-01T00:00:00Z"));

        AsanaSnapshot fetched = new AsanaApiSource(settings, HttpSettings.DEFAULTS, sleeper.policy(5, java.time.Duration.ofMinutes(1)), sleeper.clock()).fetch();

        assertThat(fetched.logProjects()).isEqualTo(sample.logProjects());
        // 5001 is listed in the university's engagement (read first) and in the Activity Log
        assertThat(asana.requestsTo(".*/tasks/5001/subtasks.*")).hasSize(1);
        assertThat(asana.requestsTo(".*/projects/1001/tasks.*")).isNotEmpty();
    }
}
