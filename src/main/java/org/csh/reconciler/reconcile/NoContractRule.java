package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.hours.Minutes;

/** {@code NO_CONTRACT} per item: hours delivered in the run's range on a date no contract of the community covers. */
final class NoContractRule {

    private NoContractRule() {
    }

    static void check(Community community, List<ItemDraft> delivered, LocalDate from, LocalDate to, List<Finding> into) {
        for (ItemDraft draft : delivered) {
            LocalDate on = draft.completedOn.orElseThrow();
            if (draft.isDeliveredOn(from, to) && community.periodContaining(on).isEmpty()) {
                into.add(new Finding(Finding.Code.NO_CONTRACT, Optional.of(community.name()), Optional.of(draft.url()),
                        Minutes.format(draft.countedMinutes().orElse(0)) + " delivered on " + on
                                + ", a date no contract of " + community.name() + " covers"));
            }
        }
    }
}
