package org.csh.reconciler.job;

import java.util.Optional;

import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code --evaluate-estimates}: the reconcile step keeps the estimator's back test on the run's data with the job
 * execution, where it survives a restart, and the runner prints it once the job has completed
 * ({@link org.csh.reconciler.cli.EstimateEvaluation}).
 */
final class BackTestFigures {

    private static final String PREFIX = "estimates.backTest.";
    private static final String PREDICTED = PREFIX + "predicted";
    private static final String MEAN = PREFIX + "meanAbsoluteErrorHours";
    private static final String MEDIAN = PREFIX + "medianAbsoluteErrorHours";
    private static final String BASELINE = PREFIX + "baselineMeanAbsoluteErrorHours";
    private static final String IMPROVEMENT = PREFIX + "improvementPercent";
    private static final String CHOSEN = PREFIX + "chosen";
    private static final String CANDIDATES = PREFIX + "candidates";

    private BackTestFigures() {
    }

    /** Called by the reconcile step. */
    static void remember(ExecutionContext jobContext, ReconcileResult result) {
        result.backTest().ifPresent(r -> {
            jobContext.putInt(PREDICTED, r.predicted());
            jobContext.putDouble(MEAN, r.meanAbsoluteErrorHours());
            jobContext.putDouble(MEDIAN, r.medianAbsoluteErrorHours());
            jobContext.putDouble(BASELINE, r.baselineMeanAbsoluteErrorHours());
            jobContext.putDouble(IMPROVEMENT, r.improvementPercent());
            r.chosen().ifPresent(chosen -> jobContext.putString(CHOSEN, chosen));
            r.candidates().ifPresent(candidates -> jobContext.putString(CANDIDATES, candidates));
        });
    }

    static Optional<BackTestResult> of(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        if (!c.containsKey(PREDICTED)) {
            return Optional.empty();
        }
        return Optional.of(new BackTestResult(c.getInt(PREDICTED), c.getDouble(MEAN), c.getDouble(MEDIAN),
                c.getDouble(BASELINE), c.getDouble(IMPROVEMENT), Optional.ofNullable(c.getString(CHOSEN, null)),
                Optional.ofNullable(c.getString(CANDIDATES, null))));
    }
}
