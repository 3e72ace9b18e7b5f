package org.csh.reconciler.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

class StepLogTest {

    @Test
    void stepLineNamesTheStepWhatItsCountsCountAndDuration() {
        String line = StepLog.line("fetchGitHub", BatchStatus.COMPLETED, 84, 1, Duration.ofMillis(1_260));

        assertThat(line).isEqualTo("step fetchGitHub COMPLETED: read 84 GitHub issues, wrote 1 snapshot, 1.3 s");
    }

    @Test
    void reconcileCountsWhatItReadFromBothSourcesAndTheWorkItemsItMade() {
        String line = StepLog.line("reconcile", BatchStatus.COMPLETED, 214, 113, Duration.ofMillis(400));

        assertThat(line).isEqualTo("step reconcile COMPLETED: read 214 issues and Asana items, wrote 113 work items, "
                + "400 ms");
    }

    @Test
    void oneIsSingular() {
        String line = StepLog.line("writeReport", BatchStatus.FAILED, 1, 0, Duration.ofMillis(40));

        assertThat(line).isEqualTo("step writeReport FAILED: read 1 work item, wrote 0 files, 40 ms");
    }

    @Test
    void anUnknownStepCountsItems() {
        String line = StepLog.line("other", BatchStatus.COMPLETED, 1, 2, Duration.ofMillis(40));

        assertThat(line).isEqualTo("step other COMPLETED: read 1 item, wrote 2 items, 40 ms");
    }

    @Test
    void durationsUnderASecondAreInMilliseconds() {
        assertThat(StepLog.duration(Duration.ofMillis(999))).isEqualTo("999 ms");
    }

    @Test
    void durationsUnderAMinuteAreInTenthsOfSeconds() {
        assertThat(StepLog.duration(Duration.ofMillis(1_000))).isEqualTo("1.0 s");
        assertThat(StepLog.duration(Duration.ofMillis(59_949))).isEqualTo("59.9 s");
    }

    @Test
    void longerDurationsAreInMinutesAndSeconds() {
        assertThat(StepLog.duration(Duration.ofMillis(59_950))).isEqualTo("1 min 0 s");
        assertThat(StepLog.duration(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    }
}
