package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.csh.reconciler.contract.Community;

/** {@code NO_ENGAGEMENT}: a community whose contract covers {@code to} has no Asana engagement holding a CSH task. */
final class NoEngagementRule {

    private NoEngagementRule() {
    }

    static void check(List<Community> contracted, List<FiledTask> tasks, LocalDate to, FindingSink sink) {
        Set<String> engaged = tasks.stream().map(t -> t.community().name()).collect(Collectors.toSet());
        for (Community community : contracted) {
            if (community.periodContaining(to).isPresent() && !engaged.contains(community.name())) {
                sink.add(Finding.Code.NO_ENGAGEMENT, Optional.of(community), "contract covers " + to
                        + " but no Asana engagement of " + community.name() + " (by its community field or its"
                        + " name) holds a CSH task");
            }
        }
    }
}
