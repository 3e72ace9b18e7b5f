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

    /** Each code's own {@link Finding.Code#meaning()}, so that the meaning is written once. */
    static Map<Finding.Code, String> findings() {
        Map<Finding.Code, String> meanings = new EnumMap<>(Finding.Code.class);
        for (Finding.Code code : Finding.Code.values()) {
            meanings.put(code, code.meaning());
        }
        return meanings;
    }
}
