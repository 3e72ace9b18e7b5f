package org.csh.reconciler.estimate;

/**
 * A guess at the hours of completed work that nobody timed, with the reasoning a person can check.
 *
 * @param minutes    never negative
 * @param basis      e.g. {@code explicit: "1h call" x 2 staff} or {@code median of 42 timed items (1.5 h)}
 */
public record Estimate(long minutes, String basis, Confidence confidence) {

    public Estimate {
        if (minutes < 0) {
            throw new IllegalArgumentException("an estimate is never negative: " + minutes);
        }
    }

    /** How far a manager can trust an estimate without checking it. */
    public enum Confidence { LOW, MEDIUM, HIGH }
}
