package org.csh.reconciler.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csh.reconciler.contract.Community;
import org.csh.reconciler.contract.Contract;
import org.csh.reconciler.contract.Recurrence;
import org.csh.reconciler.hours.Minutes;

/**
 * Contracts read from Asana, for a run without a contracts file (SPEC "Contracts"): every CSH task with a period and
 * an {@code Hours Total} is one contract period of its engagement's community, with that many hours. A CSH task
 * lacking either is {@code INVALID_DATA}: it gives its community nothing, and the run goes on.
 */
final class AsanaContracts {

    private AsanaContracts() {
    }

    /** Each community as it stands with the contract periods its CSH tasks give it. */
    static Map<Community, Community> withContracts(List<FiledTask> tasks, FindingSink sink) {
        Map<Community, List<Contract>> contracts = new LinkedHashMap<>();
        for (FiledTask filed : tasks) {
            List<Contract> its = contracts.computeIfAbsent(filed.community(), c -> new ArrayList<>());
            HoursText allocation = HoursText.parse(filed.task().hoursTotal(), "Hours Total");
            if (filed.period().isPresent() && allocation.isPresent()) {
                its.add(new Contract(filed.period().get().start(), filed.period().get().end(),
                        Minutes.toHours(allocation.minutes().getAsLong()), Recurrence.TERM));
                continue;
            }
            String missing = filed.period().isEmpty() ? "no usable period (start_on and due_on, its own or its"
                    + " project's)" : allocation.problem().orElse("no Hours Total");
            sink.add(Finding.Code.INVALID_DATA, Optional.of(filed.community()), filed.task().url(), "CSH task '"
                    + filed.task().name() + "' has " + missing + "; with no contracts file it gives "
                    + filed.community().name() + " no contract period");
        }
        Map<Community, Community> contracted = new LinkedHashMap<>();
        contracts.forEach((community, its) -> contracted.put(community,
                new Community(community.name(), community.aliases(), its)));
        return contracted;
    }
}
