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
 * @param chosen                         what the self-calibration chose for untimed items, and why, e.g.
 *                                       {@code vote of 40 similar items (stated durations first): beat the median
 *                                       by 6.2 %}; or what was measured when nothing was chosen
 * @param candidates                     every candidate's mean absolute error on the same items, for checking
 *                                       the choice; empty when only one estimator was measured
 */
public record BackTestResult(
        int predicted,
        double meanAbsoluteErrorHours,
        double medianAbsoluteErrorHours,
        double baselineMeanAbsoluteErrorHours,
        double improvementPercent,
        String chosen,
        String candidates) {

    public BackTestResult {
        chosen = chosen == null ? "" : chosen;
        candidates = candidates == null ? "" : candidates;
    }

    /** One estimator measured, nothing chosen. */
    public BackTestResult(int predicted, double meanAbsoluteErrorHours, double medianAbsoluteErrorHours,
            double baselineMeanAbsoluteErrorHours, double improvementPercent) {
        this(predicted, meanAbsoluteErrorHours, medianAbsoluteErrorHours, baselineMeanAbsoluteErrorHours,
                improvementPercent, "", "");
    }
}
