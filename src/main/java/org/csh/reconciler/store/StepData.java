package org.csh.reconciler.store;

import org.csh.reconciler.asana.AsanaSnapshot;
import org.csh.reconciler.github.GitHubSnapshot;
import org.csh.reconciler.reconcile.ReconcileResult;

/**
 * What one step hands to the next through {@code csh_run_snapshot}: each kind with the one type stored under it,
 * so that a step can neither read a kind nobody writes nor read it as another type.
 *
 * @param kind the {@code kind} column; stored data depends on it, so it never changes
 */
public record StepData<T>(String kind, Class<T> type) {

    public static final StepData<GitHubSnapshot> GITHUB = new StepData<>("github", GitHubSnapshot.class);
    public static final StepData<AsanaSnapshot> ASANA = new StepData<>("asana", AsanaSnapshot.class);
    public static final StepData<ReconcileResult> RESULT = new StepData<>("result", ReconcileResult.class);
}
