package org.csh.reconciler.store;

import java.time.Instant;
import java.util.List;

import org.csh.reconciler.reconcile.ReconcileResult;

/** Each completed run's per-community figures, kept so later runs can show trends and tell what changed. */
public interface StatusHistory {

    /** Stores the result's figures; a rerun of the same range replaces that range's rows. */
    void record(ReconcileResult result, Instant completedAt);

    /** The figures of the last {@code runs} completed runs, oldest first. */
    List<StatusSnapshot> lastRuns(int runs);

    /**
     * The figures of the completed run that reached furthest, by community name: the run whose range ends latest,
     * the later one where two end on the same day. A manager's rerun of an earlier month completes later than the
     * nightly run but is not today's balance. Empty when no run has completed.
     */
    List<StatusSnapshot> latestFigures();
}
