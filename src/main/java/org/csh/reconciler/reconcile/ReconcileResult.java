package org.csh.reconciler.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.csh.reconciler.estimate.BackTestResult;

/**
 * The outcome of one run: per-community figures, every work item, every finding, and how well the estimator
 * predicted the run's own timed items ({@code backTest}, empty when not measured), and which contracts it used.
 *
 * @param currentTasks the CSH tasks current on {@code to}, where the write-back shows each community's used hours
 */
public record ReconcileResult(
        LocalDate from,
        LocalDate to,
        List<CommunityStatus> communities,
        List<WorkItem> items,
        List<Finding> findings,
        Optional<BackTestResult> backTest,
        ContractsUsed contracts,
        List<CurrentCshTask> currentTasks) {

    public ReconcileResult {
        communities = List.copyOf(communities);
        items = List.copyOf(items);
        findings = List.copyOf(findings);
        backTest = backTest == null ? Optional.empty() : backTest;
        contracts = contracts == null ? ContractsUsed.unrecorded() : contracts;
        // a result stored before the write-back existed has none
        currentTasks = currentTasks == null ? List.of() : List.copyOf(currentTasks);
    }

    /** A result that names no current CSH task. */
    public ReconcileResult(LocalDate from, LocalDate to, List<CommunityStatus> communities, List<WorkItem> items,
            List<Finding> findings, Optional<BackTestResult> backTest, ContractsUsed contracts) {
        this(from, to, communities, items, findings, backTest, contracts, List.of());
    }

    /** A result that does not say where its contracts came from. */
    public ReconcileResult(LocalDate from, LocalDate to, List<CommunityStatus> communities, List<WorkItem> items,
            List<Finding> findings, Optional<BackTestResult> backTest) {
        this(from, to, communities, items, findings, backTest, ContractsUsed.unrecorded());
    }

    /** A result without back-test figures. */
    public ReconcileResult(LocalDate from, LocalDate to, List<CommunityStatus> communities, List<WorkItem> items,
            List<Finding> findings) {
        this(from, to, communities, items, findings, Optional.empty(), ContractsUsed.unrecorded());
    }

    public List<CommunityStatus> flagged() {
        return communities.stream().filter(CommunityStatus::isFlagged).toList();
    }
}
