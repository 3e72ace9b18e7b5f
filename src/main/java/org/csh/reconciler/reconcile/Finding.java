package org.csh.reconciler.reconcile;

import java.util.Optional;

/** A data problem found while reconciling, for a person to fix at its source. */
public record Finding(Code code, Optional<String> community, String url, String detail) {

    /** Stable codes: BD and operators filter on them, so never rename one. */
    public enum Code {
        NOT_SYNCED,
        STALE_MIRROR,
        HOURS_MISMATCH,
        DOUBLE_LOGGED,
        WRONG_COMMUNITY,
        UNKNOWN_COMMUNITY,
        MISSING_TIME,
        TOTAL_MISMATCH,
        INVALID_DATA,
        NO_CONTRACT,
        NO_ENGAGEMENT
    }
}
