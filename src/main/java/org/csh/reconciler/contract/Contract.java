package org.csh.reconciler.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A contracted allowance of hours between two dates, inclusive, optionally renewing each month/quarter/year. */
public record Contract(LocalDate start, LocalDate end, BigDecimal hours, Recurrence per) {

    public Contract {
        per = per == null ? Recurrence.TERM : per;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The contract period holding {@code date}: the whole term, or the sub-period counted from the start. */
    public Optional<ContractPeriod> periodContaining(LocalDate date) {
        if (!covers(date)) {
            return Optional.empty();
        }
        if (!per.recurs()) {
            return Optional.of(new ContractPeriod(start, end, hours));
        }
        // month arithmetic is irregular (31 Jan + 1 month = 28 Feb), so every sub-period start is counted
        // from the contract start; jump close to the answer first so long contracts need no long walk
        long index = Math.max(0, ChronoUnit.MONTHS.between(start, date) / per.months() - 1);
        while (!per.startOf(start, index + 1).isAfter(date)) {
            index++;
        }
        LocalDate periodStart = per.startOf(start, index);
        LocalDate next = per.startOf(start, index + 1).minusDays(1);
        LocalDate periodEnd = next.isAfter(end) ? end : next;
        return Optional.of(new ContractPeriod(periodStart, periodEnd, hours));
    }

    /** Every contract period of the contract, in order: the whole term, or each month/quarter/year of it. */
    public List<ContractPeriod> periods() {
        if (!per.recurs()) {
            return List.of(new ContractPeriod(start, end, hours));
        }
        List<ContractPeriod> periods = new ArrayList<>();
        for (long index = 0; !per.startOf(start, index).isAfter(end); index++) {
            LocalDate next = per.startOf(start, index + 1).minusDays(1);
            periods.add(new ContractPeriod(per.startOf(start, index), next.isAfter(end) ? end : next, hours));
        }
        return periods;
    }
}
