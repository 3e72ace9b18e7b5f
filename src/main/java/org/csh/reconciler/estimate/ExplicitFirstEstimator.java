package org.csh.reconciler.estimate;

import java.util.Objects;

import org.csh.reconciler.hours.Minutes;

/**
 * Takes the duration a work item states ("1h call", x the staff who took part) when there is one, else asks a
 * fallback estimator; caps every answer. A stronger learned estimator replaces the fallback, not this rule.
 */
public final class ExplicitFirstEstimator implements Estimator {

    private final DurationParser parser;
    private final Estimator fallback;
    private final long maxMinutes;

    public ExplicitFirstEstimator(DurationParser parser, Estimator fallback, long maxMinutes) {
        if (maxMinutes <= 0) {
            throw new IllegalArgumentException("the estimate cap must be positive: " + maxMinutes + " min");
        }
        this.parser = Objects.requireNonNull(parser, "parser");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.maxMinutes = maxMinutes;
    }

    @Override
    public Estimate estimate(String title, String text) {
        Estimate estimate = parser.parse(title, text)
                .map(ExplicitFirstEstimator::explicit)
                .orElseGet(() -> fallback.estimate(title, text));
        return capped(estimate, maxMinutes);
    }

    private static Estimate explicit(StatedDuration stated) {
        String staff = stated.staff() > 1 ? " x " + stated.staff() + " staff" : "";
        return new Estimate(stated.totalMinutes(), "explicit: \"" + stated.matchedText() + "\"" + staff,
                Estimate.Confidence.HIGH);
    }

    /** One untimed item should not swallow a contract: anything above the cap is more likely a misreading. */
    static Estimate capped(Estimate estimate, long maxMinutes) {
        if (estimate.minutes() <= maxMinutes) {
            return estimate;
        }
        return new Estimate(maxMinutes,
                estimate.basis() + ", " + Minutes.format(estimate.minutes()) + " capped at " + Minutes.format(maxMinutes),
                estimate.confidence());
    }
}
