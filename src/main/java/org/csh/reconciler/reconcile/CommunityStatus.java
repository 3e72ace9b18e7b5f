package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.util.Optional;

import org.csh.reconciler.contract.ContractPeriod;

/**
 * A community's period-to-date figures for the contract period containing the run's {@code to} date.
 * All hours are scale 2.
 *
 * @param period          empty when no contract covers {@code to}
 * @param contractedHours the period's allowance; empty without a contract
 * @param loggedHours     delivered, timed hours from the period start to {@code to} (without a contract:
 *                        from the run's {@code from})
 * @param estimatedHours  delivered, estimated hours over the same days
 * @param expectedHours   contracted × elapsed fraction; empty without a contract
 * @param usedPercent     used ÷ contracted × 100; empty without a contract or with 0 contracted
 * @param hoursInRange    delivered between the run's {@code from} and {@code to}, whatever the contract
 * @param reason          one sentence for BD on why the status is what it is
 */
public record CommunityStatus(
        String community,
        Optional<ContractPeriod> period,
        Optional<BigDecimal> contractedHours,
        BigDecimal loggedHours,
        BigDecimal estimatedHours,
        Optional<BigDecimal> expectedHours,
        Optional<BigDecimal> usedPercent,
        Status status,
        BigDecimal hoursInRange,
        String reason) {

    public BigDecimal usedHours() {
        return loggedHours.add(estimatedHours);
    }

    public boolean isFlagged() {
        return status != Status.OK;
    }
}
