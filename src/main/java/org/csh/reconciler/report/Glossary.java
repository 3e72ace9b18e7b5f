package org.csh.reconciler.report;

import java.util.EnumMap;
import java.util.Map;

import org.csh.reconciler.reconcile.Finding;
import org.csh.reconciler.reconcile.Status;

/** What each status and finding code means, in the words of SPEC.md and the README, for the Read me sheet. */
final class Glossary {

    private Glossary() {
    }

    static Map<Status, String> statuses() {
        Map<Status, String> meanings = new EnumMap<>(Status.class);
        meanings.put(Status.EXCEEDING, "used > contracted × csh.flags.over-ratio");
        meanings.put(Status.UNDERUSING,
                "at least 25 % of the period elapsed and used < expected × csh.flags.under-ratio");
        meanings.put(Status.NO_CONTRACT, "hours delivered in range, and no contract covers the run's end date");
        meanings.put(Status.OK, "otherwise");
        return meanings;
    }

    static Map<Finding.Code, String> findings() {
        Map<Finding.Code, String> meanings = new EnumMap<>(Finding.Code.class);
        meanings.put(Finding.Code.NOT_SYNCED, "a CSH issue (not closed as not planned/duplicate) has no Asana mirror");
        meanings.put(Finding.Code.STALE_MIRROR, "a mirror's issue was closed as not delivered, or is neither a CSH "
                + "issue of the configured repositories nor a sub-issue of one");
        meanings.put(Finding.Code.HOURS_MISMATCH,
                "the board's GitHub Hours differ from the mirror's GitHub Hours field (the board wins)");
        meanings.put(Finding.Code.DOUBLE_LOGGED, "the same work logged on GitHub and as a separate manual Asana "
                + "subtask (counted once, with the larger hours)");
        meanings.put(Finding.Code.WRONG_COMMUNITY,
                "the item's title or text names another community and not the one it is filed under");
        meanings.put(Finding.Code.UNKNOWN_COMMUNITY, "no community can be determined for the item");
        meanings.put(Finding.Code.MISSING_TIME, "completed with no hours; an estimate was used");
        meanings.put(Finding.Code.TOTAL_MISMATCH, "a CSH task's Hours Total differs from the sum of its items");
        meanings.put(Finding.Code.INVALID_DATA,
                "a value that cannot be used (negative or non-numeric hours, bad dates, …)");
        meanings.put(Finding.Code.NO_CONTRACT, "hours delivered on a date no contract of the community covers");
        meanings.put(Finding.Code.NO_ENGAGEMENT,
                "a community whose contract covers the run's end date has no Asana engagement holding a CSH task");
        return meanings;
    }
}
