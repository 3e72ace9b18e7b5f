package org.csh.reconciler.notify;

/** How a community's status moved since the last email to BD. */
public enum Change {
    /** Flagged now; OK or not mentioned in the last email. */
    NEW_FLAG,
    /** Flagged then and now, with a different status. */
    CHANGED_FLAG,
    /** Flagged in the last email, OK now. */
    CLEARED,
    /** The same status as in the last email. */
    UNCHANGED,
    /** This run covers an earlier range than the last email, so comparing with it would mislead. */
    NOT_COMPARED;

    /** Whether BD have not been told this yet. */
    public boolean isNews() {
        return this == NEW_FLAG || this == CHANGED_FLAG || this == CLEARED;
    }
}
