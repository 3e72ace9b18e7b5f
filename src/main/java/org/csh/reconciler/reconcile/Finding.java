package org.csh.reconciler.reconcile;

import java.util.Optional;

/**
 * A data problem found while reconciling, for a person to fix at its source.
 *
 * @param url the issue or task to open, when the problem has one (a contract without an engagement has none)
 */
public record Finding(Code code, Optional<String> community, Optional<String> url, String detail) {

    public Finding {
        // results stored before url was optional say "" for none
        url = url == null ? Optional.empty() : url.filter(address -> !address.isBlank());
    }

    /** Stable codes: BD and operators filter on them, so never rename one. Each says what it means, once. */
    public enum Code {
        NOT_SYNCED("a CSH issue (not closed as not planned/duplicate) has no Asana mirror"),
        STALE_MIRROR("a mirror's issue was closed as not delivered, or is neither a CSH issue of the configured "
                + "repositories nor a sub-issue of one"),
        HOURS_MISMATCH("the board's GitHub Hours differ from the mirror's GitHub Hours field (the board wins)"),
        DOUBLE_LOGGED("the same work logged on GitHub and as a separate manual Asana subtask (counted once, with the "
                + "larger hours)"),
        WRONG_COMMUNITY("the item's title or text names another community and not the one it is filed under, or the "
                + "task belongs to engagements of two communities (counted for the first in portfolio order)"),
        UNKNOWN_COMMUNITY("no community can be determined for the item"),
        MISSING_TIME("completed with no hours; an estimate was used"),
        TOTAL_MISMATCH("a CSH task's Hours Total (the hours allocated to its period) or its period differs from the "
                + "contract"),
        WRONG_TASK("an item is filed under a CSH task whose period does not hold its delivery date"),
        INVALID_DATA("a value that cannot be used (negative or non-numeric hours, bad dates, overlapping CSH task "
                + "periods, …)"),
        NO_CONTRACT("hours delivered on a date no contract of the community covers"),
        NO_ENGAGEMENT("a community whose contract covers the run's end date has no Asana engagement holding a CSH "
                + "task");

        private final String meaning;

        Code(String meaning) {
            this.meaning = meaning;
        }

        /** What the code means, in the words of the Read me sheet. */
        public String meaning() {
            return meaning;
        }
    }
}
