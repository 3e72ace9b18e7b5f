package org.csh.reconciler.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One stretch of time with its own allowance of hours: a whole contract, or one month/quarter/year of it. */
public record ContractPeriod(LocalDate start, LocalDate end, BigDecimal hours) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days from the start up to and including {@code date}, clamped to the period. */
    public long daysElapsed(LocalDate date) {
        if (date.isBefore(start)) {
            return 0;
        }
        LocalDate last = date.isAfter(end) ? end : date;
        return ChronoUnit.DAYS.between(start, last) + 1;
    }
}
