package org.csh.reconciler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A run that ran out of heap is told apart from other failures, however the error reaches the runner. */
class HeapExhaustionTest {

    @Test
    void outOfMemoryErrorNamesTheStepAndWhatToDo() {
        assertThat(HeapExhaustion.reason(new OutOfMemoryError("Java heap space"), "fetchAsana")).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("out of memory (Java heap space) in step fetchAsana with at most ")
                        .contains("MiB of heap", "-Xmx", "rerun the same range"));
    }

    @Test
    void outOfMemoryBehindOtherExceptionsIsFound() {
        RuntimeException wrapped = new IllegalStateException("cannot store the snapshot",
                new RuntimeException(new OutOfMemoryError("Java heap space")));

        assertThat(HeapExhaustion.reason(wrapped, null)).isPresent();
    }

    @Test
    void jobDatabaseOutOfMemoryErrorIsFound() {
        SQLException h2 = new SQLException("Out of memory.", "HY000", 90108);

        assertThat(HeapExhaustion.reason(new RuntimeException("could not update the step", h2), "reconcile"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("in step reconcile"));
    }

    @Test
    void otherFailuresAreNotOutOfMemory() {
        assertThat(HeapExhaustion.reason(new IllegalStateException("HTTP 401"), "fetchGitHub")).isEmpty();
        assertThat(HeapExhaustion.reason(new SQLException("Table not found", "42S02", 42102), null)).isEmpty();
    }
}
