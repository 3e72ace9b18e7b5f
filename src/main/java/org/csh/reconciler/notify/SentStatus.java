package org.csh.reconciler.notify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.csh.reconciler.reconcile.Status;

/**
 * What the last email told BD about one community: the baseline the next email's news is measured against.
 *
 * @param to the end of the range that email reported on
 */
public record SentStatus(
        String community,
        Status status,
        BigDecimal usedHours,
        Optional<BigDecimal> contractedHours,
        LocalDate from,
        LocalDate to) {
}
