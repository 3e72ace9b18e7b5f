package org.csh.reconciler.estimate;

/**
 * How well an estimator predicted timed items it had not seen, against always guessing the median.
 *
 * @param predicted                      how many items were predicted
 * @param meanAbsoluteErrorHours         the estimator's mean absolute error
 * @param medianAbsoluteErrorHours       the estimator's median absolute error
 * @param baselineMeanAbsoluteErrorHours the mean absolute error of guessing the training items' median
 * @param improvementPercent             how much smaller the estimator's mean error is than the baseline's;
 *                                       negative when worse, 0 when the baseline made no error
 */
public record BackTestResult(
        int predicted,
        double meanAbsoluteErrorHours,
        double medianAbsoluteErrorHours,
        double baselineMeanAbsoluteErrorHours,
        double improvementPercent) {
}
