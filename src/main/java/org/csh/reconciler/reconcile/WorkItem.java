package org.csh.reconciler.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.csh.reconciler.estimate.Estimate;

/**
 * One piece of delivered (or in-progress) work after linking: an issue with its mirror counts as one item.
 *
 * @param key         stable identity: the url, or {@code asana:<gid>} for Asana-only work
 * @param community   the community it is counted for; empty when none could be determined
 * @param url         the url, else the Asana task's permalink
 * @param completedOn the delivery date in {@code csh.zone}; empty unless completed
 * @param hours       logged hours, or the estimate when {@code estimate} is present; empty when unknown
 *                    (open work with nothing logged)
 * @param estimate    present when the hours are a guess, with its basis
 */
public record WorkItem(
        String key,
        Optional<String> community,
        Source source,
        String title,
        String url,
        ItemState state,
        Optional<LocalDate> completedOn,
        Optional<BigDecimal> hours,
        Optional<Estimate> estimate) {

    public boolean isEstimated() {
        return estimate.isPresent();
    }

    public boolean isDelivered() {
        return state == ItemState.COMPLETED;
    }
}
