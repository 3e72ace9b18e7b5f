package org.csh.reconciler.estimate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.csh.reconciler.hours.Minutes;

/**
 * Guesses the median of the organisation's timed work items for anything untimed, whatever its text says;
 * with nothing to learn from, a configured default. The fallback behind {@link ExplicitFirstEstimator}.
 */
public final class MedianEstimator implements Estimator {

    private final Estimate estimate;

    private MedianEstimator(Estimate estimate) {
        this.estimate = estimate;
    }

    /**
     * Learns the median minutes of the items with time logged. Items logged as zero minutes are left out:
     * work that took no time is not a fair guess for completed work that nobody timed.
     */
    public static MedianEstimator trainedOn(List<TimedItem> history, long defaultMinutes) {
        if (defaultMinutes < 0) {
            throw new IllegalArgumentException("the default estimate is never negative: " + defaultMinutes + " min");
        }
        long[] minutes = history == null ? new long[0] : history.stream()
                .filter(Objects::nonNull)
                .mapToLong(TimedItem::minutes)
                .filter(m -> m > 0)
                .toArray();
        if (minutes.length == 0) {
            return new MedianEstimator(new Estimate(defaultMinutes,
                    "default " + Minutes.format(defaultMinutes) + " (no timed items to learn from)",
                    Estimate.Confidence.LOW));
        }
        long median = median(minutes);
        String items = minutes.length == 1 ? "1 timed item" : minutes.length + " timed items";
        return new MedianEstimator(new Estimate(median,
                "median of " + items + " (" + Minutes.format(median) + ")", Estimate.Confidence.LOW));
    }

    @Override
    public Estimate estimate(String title, String text) {
        return estimate;
    }

    /** The middle value; for an even count the mean of the two middle ones, rounded half up. */
    static long median(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of nothing is undefined");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[middle];
        }
        long low = sorted[middle - 1];
        long high = sorted[middle];
        return low + (high - low + 1) / 2;
    }
}
