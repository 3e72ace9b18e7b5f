package org.csh.reconciler.reconcile;

import java.time.LocalDate;

/** The days a CSH task is for, inclusive: its {@code start_on}..{@code due_on}, else its project's. */
record TaskPeriod(LocalDate start, LocalDate end) {

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    boolean overlaps(TaskPeriod other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    @Override
    public String toString() {
        return start + " – " + end;
    }
}
