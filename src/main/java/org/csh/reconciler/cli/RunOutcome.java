package org.csh.reconciler.cli;

import java.util.Optional;

import org.csh.reconciler.estimate.BackTestResult;

/**
 * How a run ended, in the words the runner needs for its exit status and its one line.
 *
 * @param status as the job repository says it: COMPLETED, STOPPED (on request, SIGTERM), FAILED, UNKNOWN…
 * @param unfinishedStep the first step that did not complete; empty when the run failed before its first step
 * @param failure the first exception the run failed with
 * @param backTest the estimator's back test on the run's data, for {@code --evaluate-estimates}
 */
public record RunOutcome(
        String jobName,
        RunArguments.DateRange range,
        String status,
        Optional<String> unfinishedStep,
        Optional<Throwable> failure,
        Optional<String> workbook,
        Optional<BackTestResult> backTest) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** Stopped on request (SIGTERM): a rerun of the range resumes. */
    public boolean stopped() {
        return "STOPPED".equals(status);
    }
}
