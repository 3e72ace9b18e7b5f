package org.csh.reconciler.contract;

import java.time.LocalDate;

/** How often a contract's allowance renews; {@link #TERM} means once for the whole contract. */
public enum Recurrence {
    TERM(0), MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /** Start of the sub-period that begins {@code index} periods after {@code contractStart}. */
    LocalDate startOf(LocalDate contractStart, long index) {
        return contractStart.plusMonths(months * index);
    }

    int months() {
        return months;
    }

    boolean recurs() {
        return months > 0;
    }
}
