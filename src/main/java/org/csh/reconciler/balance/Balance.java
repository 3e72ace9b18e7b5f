package org.csh.reconciler.balance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code --balance} answers: the lines asked for, and which run's figures they are.
 *
 * @param figuresTo   the last day the figures count (the run's {@code to})
 * @param completedAt when that run completed
 * @param age         how old the figures were when asked
 * @param maxAge      {@code csh.balance.max-age}: older figures are stale
 */
public record Balance(List<BalanceLine> lines, LocalDate figuresFrom, LocalDate figuresTo, Instant completedAt,
        Duration age, Duration maxAge) {

    public Balance {
        lines = List.copyOf(lines);
    }

    /** Older than {@code csh.balance.max-age}: the nightly run may have failed. */
    public boolean stale() {
        return age.compareTo(maxAge) > 0;
    }
}
