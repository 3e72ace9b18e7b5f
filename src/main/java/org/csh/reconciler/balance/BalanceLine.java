package org.csh.reconciler.balance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.csh.reconciler.reconcile.Status;

/**
 * One community's balance, as the last run's Summary row gave it.
 *
 * @param periodStart empty when no contract covers the run's last day
 * @param contracted  the period's allowance; empty without a contract
 * @param used        logged plus estimated hours, period to date
 * @param remaining   contracted minus used, negative when over; empty without a contract
 */
public record BalanceLine(String community, Optional<LocalDate> periodStart, Optional<LocalDate> periodEnd,
        Optional<BigDecimal> contracted, BigDecimal used, Optional<BigDecimal> remaining, Status status) {
}
