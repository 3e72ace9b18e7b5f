package org.csh.reconciler.writeback;

import java.math.BigDecimal;

import org.csh.reconciler.reconcile.CurrentCshTask;

/**
 * One write the write-back makes: the field {@code fieldGid} of a current CSH task set to its community's used hours.
 *
 * @param hours scale 2
 */
public record FieldUpdate(CurrentCshTask task, String fieldGid, BigDecimal hours) {
}
