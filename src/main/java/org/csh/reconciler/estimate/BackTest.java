package org.csh.reconciler.estimate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Measures an estimator on the organisation's own timed items, as it would have done in the past: items are
 * taken in order of completion, and each one after the first part is predicted by an estimator trained only
 * on the items completed before it (an expanding window).
 */
public final class BackTest {

    public static final double DEFAULT_INITIAL_TRAINING_FRACTION = 0.3;
    /**
     * Up to this many items are predicted, each trained on all items before it; beyond, items are predicted in
     * consecutive blocks, each by an estimator trained on all items before the block, so that a large history
     * costs at most this many trainings and still never learns from the future.
     */
    static final int MAX_TRAININGS = 60;
    /**
     * At most this many of the latest items are predicted (a fixed-size, time-ordered sample), so that the cost of a
     * back test grows with the history no faster than one training does.
     */
    static final int MAX_PREDICTED = 1000;

    static final Comparator<TimedItem> BY_COMPLETION = Comparator
            .comparing(TimedItem::completedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(TimedItem::url, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    private final EstimatorFactory factory;
    private final double initialTrainingFraction;

    public BackTest(EstimatorFactory factory) {
        this(factory, DEFAULT_INITIAL_TRAINING_FRACTION);
    }

    /** @param initialTrainingFraction the share of the items, oldest first, that is only learned from, never predicted */
    public BackTest(EstimatorFactory factory, double initialTrainingFraction) {
        if (!(initialTrainingFraction > 0 && initialTrainingFraction < 1)) {
            throw new IllegalArgumentException(
                    "the initial training fraction must be between 0 and 1 (exclusive): " + initialTrainingFraction);
        }
        this.factory = Objects.requireNonNull(factory, "factory");
        this.initialTrainingFraction = initialTrainingFraction;
    }

    /** Fewer than two items leave nothing to learn from or nothing to predict: the result then counts 0 predicted. */
    public BackTestResult run(List<TimedItem> timedItems) {
        List<TimedItem> items = new ArrayList<>(timedItems.stream().filter(Objects::nonNull).toList());
        items.sort(BY_COMPLETION);
        int firstPredicted = Math.max(1, (int) Math.ceil(items.size() * initialTrainingFraction));
        firstPredicted = Math.max(firstPredicted, items.size() - MAX_PREDICTED);
        if (firstPredicted >= items.size()) {
            return new BackTestResult(0, 0, 0, 0, 0);
        }
        int predicted = items.size() - firstPredicted;
        long[] errors = new long[predicted];
        long[] baselineErrors = new long[predicted];
        int block = (predicted + MAX_TRAININGS - 1) / MAX_TRAININGS;
        for (int from = firstPredicted; from < items.size(); from += block) {
            List<TimedItem> earlier = List.copyOf(items.subList(0, from));
            Estimator estimator = factory.train(earlier);
            long baseline = MedianEstimator.median(earlier.stream().mapToLong(TimedItem::minutes).toArray());
            for (int i = from; i < Math.min(from + block, items.size()); i++) {
                TimedItem actual = items.get(i);
                long estimate = estimator.estimate(actual.title(), actual.text()).minutes();
                errors[i - firstPredicted] = Math.abs(estimate - actual.minutes());
                baselineErrors[i - firstPredicted] = Math.abs(baseline - actual.minutes());
            }
        }
        double mean = meanHours(errors);
        double baselineMean = meanHours(baselineErrors);
        double improvement = baselineMean == 0 ? 0 : (baselineMean - mean) / baselineMean * 100;
        return new BackTestResult(predicted, mean, medianHours(errors), baselineMean, improvement);
    }

    static double meanHours(long[] minutes) {
        long sum = 0;
        for (long m : minutes) {
            sum += m;
        }
        return sum / 60.0 / minutes.length;
    }

    /** The exact median (no rounding to whole minutes), so a small back test reports what it saw. */
    static double medianHours(long[] minutes) {
        long[] sorted = minutes.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return median / 60.0;
    }
}
