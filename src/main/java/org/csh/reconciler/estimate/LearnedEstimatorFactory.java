package org.csh.reconciler.estimate;

import java.util.List;

/**
 * The estimator the job uses: what the title or text states ({@code explicit: "1h call" x 2 staff}, HIGH), else what
 * {@link SimilarWorkEstimator} learns from the organisation's timed items; never negative, capped.
 */
public final class LearnedEstimatorFactory implements EstimatorFactory {

    private final DurationParser parser = new DurationParser();
    private final long defaultMinutes;
    private final long maxMinutes;

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
        this.defaultMinutes = defaultMinutes;
        this.maxMinutes = maxMinutes;
    }

    @Override
    public Estimator train(List<TimedItem> history) {
        return new ExplicitFirstEstimator(parser, SimilarWorkEstimator.trainedOn(history, defaultMinutes), maxMinutes);
    }
}
