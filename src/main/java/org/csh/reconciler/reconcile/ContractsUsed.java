package org.csh.reconciler.reconcile;

import java.util.List;

import org.csh.reconciler.contract.Community;

/**
 * Where a run's contracts came from, and every community it counted for: those of the contracts file, then the
 * engagements' communities that no contract lists (or, with no file, every community with the contract periods its
 * CSH tasks give it).
 *
 * @param source one line for the Read me sheet, e.g. {@code communities.yml (config/communities.yml)}
 */
public record ContractsUsed(String source, boolean fromAsana, List<Community> communities) {

    public ContractsUsed {
        communities = List.copyOf(communities);
    }

    /** For results made before the source was recorded. */
    static ContractsUsed unrecorded() {
        return new ContractsUsed("(not recorded)", false, List.of());
    }
}
