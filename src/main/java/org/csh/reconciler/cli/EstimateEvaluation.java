package org.csh.reconciler.cli;

import java.util.Locale;
import java.util.Optional;

import org.csh.reconciler.estimate.BackTestResult;

/**
 * {@code --evaluate-estimates}: the estimator's back test on every timed item of the run's data (in order of
 * completion, each predicted from the items before it), printed once the job has completed.
 */
public final class EstimateEvaluation {

    private EstimateEvaluation() {
    }

    public static String text(Optional<BackTestResult> backTest) {
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
                r.chosen().map(chosen -> String.format("%n  estimates untimed items with: %s", chosen)).orElse(""),
                r.candidates().map(candidates -> String.format("%n  candidates' %s", candidates)).orElse(""));
    }
}
