package org.csh.reconciler.estimate;

import java.util.Optional;

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
 *                                       by 6.2 %}, or why nothing was; empty when there was no choice to make
 * @param candidates                     every candidate's mean absolute error on the same items, for checking
 *                                       the choice; empty when only one estimator was measured
 */
public record BackTestResult(
        int predicted,
        double meanAbsoluteErrorHours,
        double medianAbsoluteErrorHours,
        double baselineMeanAbsoluteErrorHours,
        double improvementPercent,
        Optional<String> chosen,
        Optional<String> candidates) {

    public BackTestResult {
        // results stored before these were optional say "" for none
        chosen = chosen == null ? Optional.empty() : chosen.filter(text -> !text.isBlank());
        candidates = candidates == null ? Optional.empty() : candidates.filter(text -> !text.isBlank());
    }

    /** One estimator measured, nothing chosen. */
    public BackTestResult(int predicted, double meanAbsoluteErrorHours, double medianAbsoluteErrorHours,
            double baselineMeanAbsoluteErrorHours, double improvementPercent) {
        this(predicted, meanAbsoluteErrorHours, medianAbsoluteErrorHours, baselineMeanAbsoluteErrorHours,
                improvementPercent, Optional.empty(), Optional.empty());
    }
}
