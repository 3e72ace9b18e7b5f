package org.csh.reconciler.estimate;

import java.util.List;

/**
 * The first estimator: what the title or text states ({@code explicit: "1h call" x 2 staff}, HIGH), else the
 * median of the timed items ({@code median of 42 timed items (1.5 h)}, LOW), else a default; capped.
 */
public final class ExplicitOrMedianEstimatorFactory implements EstimatorFactory {

    public static final long DEFAULT_MINUTES = 60;
    public static final long MAX_MINUTES = 8 * 60;

    private final DurationParser parser;
    private final long defaultMinutes;
    private final long maxMinutes;

    /** Defaults to 1 h with no history, and caps at 8 h. */
    public ExplicitOrMedianEstimatorFactory() {
        this(DEFAULT_MINUTES, MAX_MINUTES);
    }

    /**
     * @param defaultMinutes the guess when there are no timed items to learn from
     * @param maxMinutes     no estimate is larger; the basis says when one was capped
     */
    public ExplicitOrMedianEstimatorFactory(long defaultMinutes, long maxMinutes) {
        if (defaultMinutes < 0) {
            throw new IllegalArgumentException("the default estimate is never negative: " + defaultMinutes + " min");
        }
        if (maxMinutes <= 0) {
            throw new IllegalArgumentException("the estimate cap must be positive: " + maxMinutes + " min");
        }
        this.parser = new DurationParser();
        this.defaultMinutes = defaultMinutes;
        this.maxMinutes = maxMinutes;
    }

    @Override
    public Estimator train(List<TimedItem> history) {
        return new ExplicitFirstEstimator(parser, MedianEstimator.trainedOn(history, defaultMinutes), maxMinutes);
    }
}
