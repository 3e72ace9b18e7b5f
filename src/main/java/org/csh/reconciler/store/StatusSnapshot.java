package org.csh.reconciler.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.csh.reconciler.reconcile.Status;

/**
 * One community's figures as a completed run saw them: the history behind trends and "what changed" news.
 *
 * @param from        the run's range start
 * @param to          the run's range end; the figures are period-to-date as of this day
 * @param completedAt when the run completed
 */
public record StatusSnapshot(
        LocalDate from,
        LocalDate to,
        Instant completedAt,
        String community,
        Status status,
        BigDecimal usedHours,
        Optional<BigDecimal> contractedHours,
        Optional<BigDecimal> expectedHours,
        Optional<BigDecimal> usedPercent,
        Optional<LocalDate> periodStart,
        Optional<LocalDate> periodEnd) {
}
