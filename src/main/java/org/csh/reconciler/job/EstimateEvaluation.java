package org.csh.reconciler.job;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

import org.csh.reconciler.estimate.BackTestResult;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code --evaluate-estimates}: the reconcile step back-tests the estimator on every timed item of the run's data
 * (in order of completion, each predicted from the items before it); this keeps the figures with the job execution,
 * where they survive a restart, and prints them once the job has completed.
 */
final class EstimateEvaluation {

    private static final String PREFIX = "estimates.backTest.";
    private static final String PREDICTED = PREFIX + "predicted";
    private static final String MEAN = PREFIX + "meanAbsoluteErrorHours";
    private static final String MEDIAN = PREFIX + "medianAbsoluteErrorHours";
    private static final String BASELINE = PREFIX + "baselineMeanAbsoluteErrorHours";
    private static final String IMPROVEMENT = PREFIX + "improvementPercent";
    private static final String CHOSEN = PREFIX + "chosen";
    private static final String CANDIDATES = PREFIX + "candidates";

    private EstimateEvaluation() {
    }

    /** Called by the reconcile step. */
    static void remember(ExecutionContext jobContext, ReconcileResult result) {
        result.backTest().ifPresent(r -> {
            jobContext.putInt(PREDICTED, r.predicted());
            jobContext.putDouble(MEAN, r.meanAbsoluteErrorHours());
            jobContext.putDouble(MEDIAN, r.medianAbsoluteErrorHours());
            jobContext.putDouble(BASELINE, r.baselineMeanAbsoluteErrorHours());
            jobContext.putDouble(IMPROVEMENT, r.improvementPercent());
            jobContext.putString(CHOSEN, r.chosen());
            jobContext.putString(CANDIDATES, r.candidates());
        });
    }

    static Optional<BackTestResult> of(JobExecution execution) {
        ExecutionContext c = execution.getExecutionContext();
        if (!c.containsKey(PREDICTED)) {
            return Optional.empty();
        }
        return Optional.of(new BackTestResult(c.getInt(PREDICTED), c.getDouble(MEAN), c.getDouble(MEDIAN),
                c.getDouble(BASELINE), c.getDouble(IMPROVEMENT), c.getString(CHOSEN, ""), c.getString(CANDIDATES, "")));
    }

    /** Called by the runner once the job has completed. */
    static void print(JobExecution execution, PrintStream out) {
        out.println(text(of(execution)));
    }

    static String text(Optional<BackTestResult> backTest) {
        if (backTest.isEmpty() || backTest.get().predicted() == 0) {
            return "Estimates back-test: too few timed items in this run's data to back-test (need at least 2)";
        }
        BackTestResult r = backTest.get();
        return String.format(Locale.ROOT, "Estimates back-test on %d timed items of this run's data (in order of"
                        + " completion, each predicted from the items before it):%n"
                        + "  mean absolute error       %.2f h%n"
                        + "  median absolute error     %.2f h%n"
                        + "  baseline (always the median): mean absolute error %.2f h%n"
                        + "  improvement over the baseline: %.1f %%%s%s",
                r.predicted(), r.meanAbsoluteErrorHours(), r.medianAbsoluteErrorHours(),
                r.baselineMeanAbsoluteErrorHours(), r.improvementPercent(),
                r.chosen().isEmpty() ? "" : String.format("%n  estimates untimed items with: %s", r.chosen()),
                r.candidates().isEmpty() ? "" : String.format("%n  candidates' %s", r.candidates()));
    }
}
