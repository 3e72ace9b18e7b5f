package org.csh.reconciler.notify;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.ContractPeriod;
import org.csh.reconciler.reconcile.CommunityStatus;
import org.csh.reconciler.reconcile.ReconcileResult;
import org.csh.reconciler.reconcile.Status;

/** Small builders for results and sent statuses: each test names only a community, its status and hours. */
final class Runs {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 25);

    private Runs() {
    }

    static ReconcileResult run(CommunityStatus... communities) {
        return runEnding(TO, communities);
    }

    static ReconcileResult runEnding(LocalDate to, CommunityStatus... communities) {
        return new ReconcileResult(to.withDayOfMonth(1), to, List.of(communities), List.of(), List.of());
    }

    /** Under a 40 h contract for 2026, with {@code used} hours logged. */
    static CommunityStatus community(String name, Status status, String used) {
        return new CommunityStatus(name,
                Optional.of(new ContractPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), hours("40.00"))),
                Optional.of(hours("40.00")), hours(used), hours("0.00"), Optional.of(hours("36.00")),
                Optional.of(hours(used).multiply(hours("2.5")).setScale(2)), status, hours("3.00"),
                "Reason for " + name + ".");
    }

    static CommunityStatus withoutContract(String name, String used) {
        return new CommunityStatus(name, Optional.empty(), Optional.empty(), hours(used), hours("0.00"),
                Optional.empty(), Optional.empty(), Status.NO_CONTRACT, hours(used), "No contract covers 2026-11-25.");
    }

    static SentStatus sent(String name, Status status) {
        return sentUpTo(TO, name, status);
    }

    static SentStatus sentUpTo(LocalDate to, String name, Status status) {
        return new SentStatus(name, status, hours("10.00"), Optional.of(hours("40.00")), to.withDayOfMonth(1), to);
    }

    static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }
}
