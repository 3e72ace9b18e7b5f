package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.hours.Minutes;

/**
 * Rule 8: a CSH task's {@code Hours Total} is the hours allocated to its period, and must equal what the contracts
 * file gives the contract periods inside it (a task for a whole 2026 contract of 10 h per quarter: 40 h); its period
 * must start and end where contract periods do. A task with no period is checked against the contract period
 * containing {@code to}. Communities with no contract have nothing to check against.
 */
final class AllocationRule {

    private final LocalDate to;

    AllocationRule(LocalDate to) {
        this.to = to;
    }

    void check(FiledTask filed, FindingSink sink) {
        List<ContractPeriod> all = filed.community().contractPeriods();
        if (all.isEmpty()) {
            return;
        }
        HoursText allocation = HoursText.parse(filed.task().hoursTotal(), "Hours Total");
        allocation.problem().ifPresent(problem -> report(sink, Finding.Code.INVALID_DATA, filed, problem));
        Optional<TaskPeriod> period = filed.period().or(() -> filed.community().periodContaining(to)
                .map(p -> new TaskPeriod(p.start(), p.end())));
        if (period.isEmpty()) {
            return;
        }
        TaskPeriod days = period.get();
        List<ContractPeriod> inside = all.stream()
                .filter(p -> !p.start().isBefore(days.start()) && !p.end().isAfter(days.end())).toList();
        boolean aligned = all.stream().anyMatch(p -> p.start().equals(days.start()))
                && all.stream().anyMatch(p -> p.end().equals(days.end()));
        BigDecimal contracted = inside.stream().map(ContractPeriod::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        String periodText = filed.period().isPresent() ? "period " + days
                : "no period of its own, so it is checked against " + days;
        if (!aligned) {
            report(sink, Finding.Code.TOTAL_MISMATCH, filed, periodText + " does not start and end where contract"
                    + " periods of " + filed.community().name() + " do (" + near(all, days) + ")"
                    + allocation.minutes().stream().mapToObj(m -> "; Hours Total " + Minutes.format(m)).findFirst()
                            .orElse(""));
        } else if (allocation.isPresent()
                && allocation.minutes().getAsLong() != Minutes.fromHours(contracted)) {
            report(sink, Finding.Code.TOTAL_MISMATCH, filed, "Hours Total " + Minutes.format(allocation.minutes()
                    .getAsLong()) + " for " + periodText + ", but the contract gives " + Minutes.format(Minutes.fromHours(
                    contracted)) + " (" + inside.size() + (inside.size() == 1 ? " period" : " periods") + ")");
        }
    }

    /** The contract periods overlapping the task's period, for the reader to compare. */
    private static String near(List<ContractPeriod> all, TaskPeriod days) {
        List<ContractPeriod> overlapping = all.stream()
                .filter(p -> !p.end().isBefore(days.start()) && !p.start().isAfter(days.end())).toList();
        if (overlapping.isEmpty()) {
            return "no contract period overlaps it";
        }
        return "contract periods " + overlapping.stream().map(p -> p.start() + " – " + p.end())
                .collect(Collectors.joining(", "));
    }

    private static void report(FindingSink sink, Finding.Code code, FiledTask filed, String problem) {
        sink.add(code, Optional.of(filed.community()), filed.task().url(), "CSH task '" + filed.task().name() + "': "
                + problem);
    }
}
