package org.csh.reconciler.estimate;

import java.util.List;

/**
 * The estimator the job uses: what the title or text states ({@code explicit: "1h call" x 2 staff}, HIGH), else what
 * the organisation's own timed items show works best ({@link SelfCalibration}: the similar-work estimator, a vote of
 * many similar items, a median regression on the text ({@link TextModel}), or the median when nothing beats it);
 * never negative, capped. The trained estimator carries
 * the back test that chose it ({@link Estimator#backTest()}).
 */
public final class LearnedEstimatorFactory implements EstimatorFactory {

    private final SelfCalibration calibration;

    /** Defaults to 1 h with no history, and caps at 8 h. */
    public LearnedEstimatorFactory() {
        this(ExplicitOrMedianEstimatorFactory.DEFAULT_MINUTES, ExplicitOrMedianEstimatorFactory.MAX_MINUTES);
    }

    /**
     * @param defaultMinutes the guess when there are no timed items to learn from
     * @param maxMinutes     no estimate is larger; the basis says when one was capped
     */
    public LearnedEstimatorFactory(long defaultMinutes, long maxMinutes) {
        if (defaultMinutes < 0) {
            throw new IllegalArgumentException("the default estimate is never negative: " + defaultMinutes + " min");
        }
        if (maxMinutes <= 0) {
            throw new IllegalArgumentException("the estimate cap must be positive: " + maxMinutes + " min");
        }
        this.calibration = new SelfCalibration(new DurationParser(), defaultMinutes, maxMinutes);
    }

    @Override
    public Estimator train(List<TimedItem> history) {
        return calibration.train(history);
    }
}
