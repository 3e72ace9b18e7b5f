package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.List;

/** The outcome of one run: per-community figures, every work item, and every finding. */
public record ReconcileResult(
        LocalDate from,
        LocalDate to,
        List<CommunityStatus> communities,
        List<WorkItem> items,
        List<Finding> findings) {

    public ReconcileResult {
        communities = List.copyOf(communities);
        items = List.copyOf(items);
        findings = List.copyOf(findings);
    }

    public List<CommunityStatus> flagged() {
        return communities.stream().filter(CommunityStatus::isFlagged).toList();
    }
}
